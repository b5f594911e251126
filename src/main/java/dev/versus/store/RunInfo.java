package dev.versus.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One run: a bench, eval, plan, replay or demo execution whose records, results and histogram
 * intervals hang off its id.
 *
 * <p>A sharded bench ({@code versus bench --shard i/N}) uses one run for all shards: every shard
 * calls {@link Runs#createIfAbsent} with the same id and {@code shardCount = N}, and tags its
 * records and intervals with its shard index.
 *
 * @param id unique, 1..64 characters of {@code [A-Za-z0-9._:-]}; {@link RunIds#next} makes
 *     sortable time-based ones
 * @param kind what made the run, a lower-case word such as {@code bench}, {@code eval},
 *     {@code plan}, {@code replay} or {@code demo} (an open set, so new commands need no store
 *     change)
 * @param title a human title, may be {@code ""}
 * @param status the life-cycle state
 * @param startedAtMicros wall-clock start, microseconds since the Unix epoch (UTC)
 * @param finishedAtMicros wall-clock end in the same unit, or {@code -1} while running
 * @param configJson the run's configuration as JSON (e.g. the resolved plan), or {@code ""}
 * @param summaryJson the run's summary as JSON (written by its feature), or {@code ""}
 * @param simulated whether any model of the run was the built-in simulator
 * @param shardCount how many shards write into this run, 1 when not sharded
 */
public record RunInfo(
    String id,
    String kind,
    String title,
    RunStatus status,
    long startedAtMicros,
    long finishedAtMicros,
    String configJson,
    String summaryJson,
    boolean simulated,
    int shardCount) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  public RunInfo {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "run id must be 1..64 characters of [A-Za-z0-9._:-], got '" + id + "'");
    }
    Objects.requireNonNull(kind, "kind");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(
          "run kind must be a lower-case word like 'bench', got '" + kind + "'");
    }
    Rows.text(title, "title");
    Objects.requireNonNull(status, "status");
    Rows.optional(finishedAtMicros, "finishedAtMicros");
    Rows.text(configJson, "configJson");
    Rows.text(summaryJson, "summaryJson");
    if (shardCount < 1) {
      throw new IllegalArgumentException("shardCount must be >= 1, got " + shardCount);
    }
  }

  /** A new, running, unsharded run with no summary yet. */
  public static RunInfo started(
      String id, String kind, String title, Instant startedAt, String configJson,
      boolean simulated) {
    return new RunInfo(id, kind, title, RunStatus.RUNNING, Rows.epochMicros(startedAt), -1,
        configJson, "", simulated, 1);
  }

  /** The start as an instant (microsecond precision). */
  public Instant startedAt() {
    return Rows.instantOfMicros(startedAtMicros);
  }

  /** The end as an instant, or empty while running. */
  public Optional<Instant> finishedAt() {
    return finishedAtMicros == -1
        ? Optional.empty()
        : Optional.of(Rows.instantOfMicros(finishedAtMicros));
  }

  /** A copy with another shard count. */
  public RunInfo withShardCount(int count) {
    return new RunInfo(id, kind, title, status, startedAtMicros, finishedAtMicros, configJson,
        summaryJson, simulated, count);
  }
}
