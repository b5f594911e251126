package dev.versus.plan;

import dev.versus.load.Language;
import dev.versus.load.LengthDistribution;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the performance part sends.
 *
 * @param inputTokens prompt length in tokens (synthetic prompts)
 * @param outputTokens requested output length in tokens
 * @param language the prompts' language
 * @param seed seeds prompt generation
 * @param prompts a prompts file used instead of synthetic prompts, resolved against the plan's folder
 */
public record Workload(
    LengthDistribution inputTokens,
    LengthDistribution outputTokens,
    Language language,
    long seed,
    Optional<Path> prompts) {

  public Workload {
    Objects.requireNonNull(inputTokens, "inputTokens");
    Objects.requireNonNull(outputTokens, "outputTokens");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(prompts, "prompts");
  }
}
