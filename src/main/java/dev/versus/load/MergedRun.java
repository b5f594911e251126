package dev.versus.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * A sharded bench run merged from the store by {@link ShardMerge}.
 *
 * @param runId the run
 * @param shardCount how many shards the run was registered with
 * @param shardsSeen the shard indices that stored records, sorted
 * @param levels per model and level, in the order first stored
 * @param summaryJson the merged {@code summary.json}: the shape of a bench's, plus a {@code
 *     shards} section per level and at the top
 */
public record MergedRun(
    String runId,
    int shardCount,
    List<Integer> shardsSeen,
    List<MergedLevel> levels,
    ObjectNode summaryJson) {
  public MergedRun {
    Objects.requireNonNull(runId, "runId");
    shardsSeen = List.copyOf(shardsSeen);
    levels = List.copyOf(levels);
    summaryJson = summaryJson.deepCopy();
  }

  /** A copy of the merged document. */
  @Override
  public ObjectNode summaryJson() {
    return summaryJson.deepCopy();
  }
}
