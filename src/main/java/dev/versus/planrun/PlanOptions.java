package dev.versus.planrun;

import dev.versus.report.ReportLanguage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run a plan.
 *
 * @param outDir where the report files (and the bench's records) go
 * @param language the report's language
 * @param resumeRunId a stored plan run to continue: its finished parts are not run again
 * @param seed seeds the simulator, bootstrap and sampling
 * @param contextWindowTokens the longest haystack of the long-context suite, in tokens
 * @param longContextLengthsTokens the long-context suite's haystack lengths to keep (tokens, from
 *     its ladder 1,000, 4,000, 16,000, 32,000, ...); empty for every length up to the window
 * @param levelPause idle time between load levels, so a crashed server recovers
 * @param formats the report formats to write ({@code html}, {@code json}, {@code md}, {@code junit})
 * @param modelsSideBySide load every model at the same time, each in a bench run of its own (for
 *     models on separate servers; the demo's simulated profiles); otherwise one after another
 * @param partsAtOnce run the quality part during the performance part instead of before it, its
 *     calls going to {@link PlanClients#createForQuality} (for the simulated profiles: servers of
 *     their own, so the load neither queues nor crashes them; the client machine is shared)
 */
public record PlanOptions(
    Path outDir,
    ReportLanguage language,
    Optional<String> resumeRunId,
    long seed,
    int contextWindowTokens,
    List<Integer> longContextLengthsTokens,
    Duration levelPause,
    List<String> formats,
    boolean modelsSideBySide,
    boolean partsAtOnce) {
  public PlanOptions {
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(resumeRunId, "resumeRunId");
    if (contextWindowTokens < 1_256) {
      throw new IllegalArgumentException("contextWindowTokens must be at least 1256");
    }
    longContextLengthsTokens = List.copyOf(longContextLengthsTokens);
    Objects.requireNonNull(levelPause, "levelPause");
    formats = List.copyOf(formats);
  }
}
