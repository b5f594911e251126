package dev.versus.load;

import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.metrics.TokenCounter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates each prompt from {@code (seed, index)} alone: random words of the chosen language after
 * a fixed instruction, cut to the sampled token length with the client tokenizer. Re-encoding a cut
 * can merge tokens at the boundary, so the final length is within one token of the target and
 * {@link BenchPrompt#promptTokens()} holds the exact count.
 */
final class SyntheticWorkload implements Workload {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final SyntheticSpec spec;
  private final TokenCounter counter;
  private final List<String> words;
  private final String instruction;
  private final int instructionTokens;

  SyntheticWorkload(SyntheticSpec spec, TokenCounter counter) {
    this.spec = spec;
    this.counter = counter;
    this.words = Words.of(spec.language());
    this.instruction = Words.instruction(spec.language());
    this.instructionTokens = counter.count(instruction);
  }

  @Override
  public BenchPrompt prompt(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative");
    }
    SplittableRandom random = new SplittableRandom(spec.seed() ^ (index + 1) * GOLDEN);
    int target = spec.inputTokens().sample(random);
    int output = spec.outputTokens().sample(random);
    String text = textOf(target, random);
    SamplingParams sampling = SamplingParams.defaults().withMaxTokens(output).withIgnoreEos(true);
    return new BenchPrompt(List.of(Message.user(text)), counter.count(text), sampling);
  }

  private String textOf(int targetTokens, SplittableRandom random) {
    if (targetTokens <= instructionTokens) {
      return counter.truncate(instruction, targetTokens);
    }
    StringBuilder text = new StringBuilder(instruction);
    int wanted = targetTokens - instructionTokens;
    // Roughly one token per word here, plus a margin, then grow until long enough.
    while (counter.count(text.toString()) < targetTokens + 2) {
      for (int i = 0; i < wanted + 4; i++) {
        String word = words.get(random.nextInt(words.size()));
        text.append(i % 12 == 11 ? ". " : " ").append(word);
      }
    }
    return counter.truncate(text.toString(), targetTokens);
  }
}
