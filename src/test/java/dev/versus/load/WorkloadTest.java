package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.metrics.TokenCounter;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WorkloadTest {
  private final TokenCounter counter = TokenCounter.cl100k();

  @Test
  void synthetic_fixedLengths_promptTokensExactWithinOne() {
    for (int target : new int[] {1, 5, 17, 128, 512, 2048}) {
      Workload workload =
          Workloads.synthetic(
              new SyntheticSpec(
                  new LengthDistribution.Fixed(target),
                  new LengthDistribution.Fixed(64),
                  Language.ES,
                  7));
      for (long i = 0; i < 5; i++) {
        BenchPrompt prompt = workload.prompt(i);
        String text = prompt.messages().get(0).content();

        assertThat(prompt.promptTokens()).isEqualTo(counter.count(text));
        assertThat(prompt.promptTokens()).as("target %d", target).isBetween(target - 1, target + 1);
      }
    }
  }

  @Test
  void synthetic_outputLength_setsMaxTokensAndIgnoreEos() {
    Workload workload =
        Workloads.synthetic(
            new SyntheticSpec(
                new LengthDistribution.Fixed(50),
                new LengthDistribution.Uniform(10, 20),
                Language.EN,
                1));

    for (long i = 0; i < 50; i++) {
      BenchPrompt prompt = workload.prompt(i);
      assertThat(prompt.sampling().maxTokens().getAsInt()).isBetween(10, 20);
      assertThat(prompt.sampling().ignoreEos()).isTrue();
    }
  }

  @Test
  void synthetic_normalLengths_meanAndSpreadFollowSpec() {
    Workload workload =
        Workloads.synthetic(
            new SyntheticSpec(
                new LengthDistribution.Normal(200, 40),
                new LengthDistribution.Normal(100, 10),
                Language.ES,
                3));

    double mean =
        LongStream.range(0, 400)
            .mapToInt(i -> workload.prompt(i).promptTokens())
            .average()
            .orElseThrow();

    assertThat(mean).isBetween(192.0, 208.0);
  }

  @Test
  void synthetic_sameSeedAndIndex_samePrompt_differentIndex_differentText() {
    SyntheticSpec spec =
        new SyntheticSpec(
            new LengthDistribution.Fixed(100), new LengthDistribution.Fixed(10), Language.ES, 9);

    assertThat(Workloads.synthetic(spec).prompt(3)).isEqualTo(Workloads.synthetic(spec).prompt(3));
    assertThat(Workloads.synthetic(spec).prompt(3))
        .isNotEqualTo(Workloads.synthetic(spec).prompt(4));
    assertThat(Workloads.synthetic(spec).prompt(3).messages().get(0).content())
        .startsWith("Continúa el siguiente texto");
  }

  @Test
  void lengths_invalid_rejectedWithClearMessage() {
    assertThatThrownBy(() -> new LengthDistribution.Fixed(0)).hasMessageContaining("1 or more");
    assertThatThrownBy(() -> new LengthDistribution.Uniform(10, 5))
        .hasMessageContaining("min <= max");
    assertThatThrownBy(() -> new LengthDistribution.Normal(100, -1)).hasMessageContaining("stddev");
  }
}
