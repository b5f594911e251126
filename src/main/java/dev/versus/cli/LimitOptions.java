package dev.versus.cli;

import dev.versus.load.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How long each load level runs and which part is measured. */
final class LimitOptions {
  @Option(names = "--duration", converter = DurationConverter.class, paramLabel = "TIME",
      description = "Measured time per level, e.g. 60s (default: 60s unless --requests is given).")
  Duration duration;
  @Option(names = "--requests", paramLabel = "N",
      description = "At most N requests per level (warm-up included).")
  Long requests;
  @Option(names = "--warmup", defaultValue = "0s", converter = DurationConverter.class,
      paramLabel = "TIME", description = "Unmeasured time at the start of each level.")
  Duration warmup;
  @Option(names = "--cooldown", defaultValue = "0s", converter = DurationConverter.class,
      paramLabel = "TIME", description = "Unmeasured time at the end of each level (load continues).")
  Duration cooldown;
  @Option(names = "--drain", defaultValue = "60s", converter = DurationConverter.class,
      paramLabel = "TIME",
      description = "How long to wait for requests in flight after sending stops (default: 60s).")
  Duration drain;

  @Option(names = "--level-pause", defaultValue = "0s", converter = DurationConverter.class,
      paramLabel = "TIME",
      description = "Idle time before each level after the first, e.g. for a server to recover"
          + " from a crash before the next level is measured (default: 0s).")
  Duration levelPause;

  /** The limits of each level; a bad combination names the flag. */
  Limits limits() {
    if (requests != null && requests < 1) {
      throw new BadInputException("--requests: expected a count of 1 or more, got " + requests);
    }
    if (duration != null && duration.isZero()) {
      throw new BadInputException("--duration: expected a positive duration such as 60s, got 0");
    }
    Duration measured = duration != null ? duration : requests != null ? Duration.ZERO : Duration.ofSeconds(60);
    try {
      return new Limits(requests == null ? 0 : requests, measured, warmup, cooldown, drain);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("invalid limits: " + e.getMessage()
          + (e.getMessage().contains("cooldown") ? " (--cooldown needs --duration)" : ""));
    }
  }
}
