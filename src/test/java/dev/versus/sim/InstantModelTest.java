package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.FinishReason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantModelTest {

  @Test
  void create_instantProfile_runsWithoutScheduler() {
    try (SimModel model = SimModels.create(Profiles.load("instant"), 1)) {
      assertThat(model).isInstanceOf(InstantModel.class);
      assertThat(model.servedNames()).containsExactly("instant");
    }
  }

  @Test
  void next_instantModel_returnsEveryChunkAtOnceWithExactUsage() throws InterruptedException {
    try (SimModel model = SimModels.create(Profiles.load("instant"), 1)) {
      var admission = model.submit(TestProfiles.request("Say something long.", 1_000, true));
      Generation generation = ((Admission.Accepted) admission).generation();
      assertThat(model.stats().running()).isEqualTo(1);

      long start = System.nanoTime();
      List<GenerationEvent.Tokens> chunks = new ArrayList<>();
      GenerationEvent event;
      StringBuilder content = new StringBuilder();
      while ((event = generation.next()) instanceof GenerationEvent.Tokens chunk) {
        chunks.add(chunk);
        content.append(chunk.content());
      }
      long elapsedNanos = System.nanoTime() - start;

      assertThat(chunks).hasSize(63); // 62 chunks of 16 tokens and one of 8
      assertThat(chunks.getFirst().tokens()).isEqualTo(16);
      var done = (GenerationEvent.Done) event;
      assertThat(done.reason()).isEqualTo(FinishReason.LENGTH);
      assertThat(done.usage().outputTokens()).isEqualTo(1_000);
      assertThat(Tokenizer.count(content.toString())).isEqualTo(1_000);
      // Generous: text generation only, no waiting; well under a second even on a busy machine.
      assertThat(elapsedNanos).isLessThan(1_000_000_000L);
      assertThat(model.stats().running()).isZero();
      assertThat(model.stats().generationTokensTotal()).isEqualTo(1_000);
    }
  }

  @Test
  void cancel_instantGeneration_countsDisconnect() {
    try (SimModel model = SimModels.create(Profiles.load("instant"), 1)) {
      var admission = model.submit(TestProfiles.request("Hello", 100, true));
      ((Admission.Accepted) admission).generation().close();

      assertThat(model.stats().disconnectsTotal()).isEqualTo(1);
      assertThat(model.stats().running()).isZero();
    }
  }
}
