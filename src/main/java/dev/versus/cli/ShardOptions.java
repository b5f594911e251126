package dev.versus.cli;

import dev.versus.load.Shard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of one shard of a distributed bench (DESIGN §10): which share it drives, the run
 * every shard writes into, and the common start that lines their schedules up.
 */
final class ShardOptions {
  @Option(names = "--shard", paramLabel = "i/N",
      description = "Drive shard i of N (0 <= i < N): every N-th request of the one open-loop"
          + " schedule, or this shard's share of the closed-loop clients. Needs --run-id, and"
          + " --start-at or --start-in when N > 1.")
  String shard;

  @Option(names = "--run-id", paramLabel = "ID",
      description = "Store the run under this id (every shard of a run gives the same one),"
          + " 1..64 characters of [A-Za-z0-9._:-].")
  String runId;

  @Option(names = "--start-at", paramLabel = "INSTANT",
      description = "Start the load at this UTC instant, e.g. 2026-11-26T16:00:00Z (shards given"
          + " the same instant share one schedule).")
  String startAt;

  @Option(names = "--start-in", paramLabel = "TIME", converter = DurationConverter.class,
      description = "Start the load this long after the process starts, e.g. 5s (for shards"
          + " launched together; --start-at is exact across machines).")
  Duration startIn;

  /** The shard to drive: the whole run when {@code --shard} is absent. */
  Shard shard() {
    if (shard == null) {
      return Shard.single();
    }
    String[] parts = shard.split("/", -1);
    try {
      if (parts.length == 2) {
        return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--shard: expected i/N with 0 <= i < N, e.g. 0/3, got '"
          + shard + "'");
    }
    throw new BadInputException("--shard: expected i/N with 0 <= i < N, e.g. 0/3, got '"
        + shard + "'");
  }

  /** Whether this process is a shard of a distributed run ({@code --shard} given). */
  boolean sharded() {
    return shard != null;
  }

  /** The given run id, if any. */
  Optional<String> runId() {
    return Optional.ofNullable(runId);
  }

  /**
   * The common start of a sharded run: {@code --start-at}, else now + {@code --start-in}, else
   * now (only allowed for a single shard).
   */
  Instant start(Clock clock) {
    if (startAt != null && startIn != null) {
      throw new BadInputException("--start-at and --start-in: give one of them, not both");
    }
    if (startAt != null) {
      try {
        return Instant.parse(startAt);
      } catch (DateTimeParseException e) {
        throw new BadInputException("--start-at: expected an ISO-8601 UTC instant such as"
            + " 2026-11-26T16:00:00Z, got '" + startAt + "'");
      }
    }
    return clock.instant().plus(startIn == null ? Duration.ZERO : startIn);
  }

  /** Checks the combination; call before anything runs. */
  void validate() {
    if (!sharded()) {
      if (startAt != null || startIn != null) {
        throw new BadInputException("--start-at and --start-in need --shard i/N");
      }
      return;
    }
    Shard s = shard();
    if (runId == null) {
      throw new BadInputException("--shard " + shard + ": give --run-id ID, the same for every"
          + " shard, so they write into one run");
    }
    if (s.count() > 1 && startAt == null && startIn == null) {
      throw new BadInputException("--shard " + shard + ": give --start-at INSTANT or --start-in"
          + " TIME so the shards' schedules line up");
    }
  }
}
