package dev.versus.load;

import java.util.Objects;

/**
 * A synthetic workload: prompts of sampled input token lengths in one language, each asking for a
 * sampled number of output tokens ({@code max_tokens} with {@code ignore_eos}, so servers that
 * honour it generate exactly that many).
 *
 * @param inputTokens prompt length in client (cl100k_base) tokens
 * @param outputTokens requested output length in tokens
 * @param language the prompt text's language
 * @param seed the seed all prompts derive from
 */
public record SyntheticSpec(
    LengthDistribution inputTokens, LengthDistribution outputTokens, Language language, long seed) {
  public SyntheticSpec {
    Objects.requireNonNull(inputTokens, "inputTokens");
    Objects.requireNonNull(outputTokens, "outputTokens");
    Objects.requireNonNull(language, "language");
  }
}
