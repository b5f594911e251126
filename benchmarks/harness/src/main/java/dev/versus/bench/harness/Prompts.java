package dev.versus.bench.harness;

import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.load.BenchPrompt;
import dev.versus.load.Workload;
import dev.versus.load.Workloads;
import java.util.List;

/** The one tiny prompt every harness sends, asking for exactly {@code outputTokens} tokens. */
final class Prompts {
  static final String TEXT = "Say hi.";

  private Prompts() {}

  static BenchPrompt prompt(int outputTokens) {
    return new BenchPrompt(
        List.of(Message.user(TEXT)),
        3,
        SamplingParams.defaults().withMaxTokens(outputTokens).withIgnoreEos(true));
  }

  static Workload workload(int outputTokens) {
    return Workloads.cycling(List.of(prompt(outputTokens)));
  }
}
