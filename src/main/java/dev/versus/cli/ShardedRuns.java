package dev.versus.cli;

import dev.versus.load.MergedRun;
import dev.versus.load.ShardMerge;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.time.Clock;
import java.util.Optional;

/**
 * Keeps a distributed bench's stored run up to date from its shards (DESIGN §10): the merged
 * summary replaces the stored one (unless a plain bench already wrote its own), and the run is
 * marked completed once every shard has stored records, since no single shard can say so.
 */
final class ShardedRuns {
  private ShardedRuns() {}

  /**
   * Merges run {@code runId}'s shards and stores the result.
   *
   * @throws dev.versus.load.LoadException when the run has no shard records to merge
   */
  static MergedRun merge(Store store, String runId, Clock clock) {
    return merge(store, runId, store.runs().find(runId), clock);
  }

  /**
   * Before a report: merges {@code runId} when it is a sharded bench run whose summary is missing
   * or an earlier merge (shards may have stored more since); leaves every other run alone.
   */
  static void mergeIfSharded(Store store, String runId, Clock clock) {
    Optional<RunInfo> run = store.runs().find(runId);
    if (run.isPresent() && run.get().kind().equals("bench") && run.get().shardCount() > 1
        && mergedOrMissing(run.get().summaryJson())) {
      merge(store, runId, run, clock);
    }
  }

  private static MergedRun merge(Store store, String runId, Optional<RunInfo> run, Clock clock) {
    MergedRun merged = ShardMerge.summaries(store, runId);
    if (mergedOrMissing(run.map(RunInfo::summaryJson).orElse(""))) {
      store.runs().updateSummary(runId, merged.summaryJson().toString());
    }
    boolean allShards = merged.shardsSeen().size() == merged.shardCount();
    if (allShards && run.map(RunInfo::status).orElse(RunStatus.COMPLETED) == RunStatus.RUNNING) {
      store.runs().finish(runId, RunStatus.COMPLETED, clock.instant());
    }
    return merged;
  }

  /** A stored summary a merge may replace: none yet, or an earlier merge's. */
  private static boolean mergedOrMissing(String summaryJson) {
    return summaryJson.isEmpty() || summaryJson.contains("\"merged\":true");
  }
}
