package dev.versus.load;

/**
 * One shard's own figures in a merged run, so an overloaded load generator stands out: a shard
 * whose send delay or schedule latency is far above the others' fell behind its schedule.
 *
 * @param shard the shard index
 * @param requests measured requests (completed or failed)
 * @param completed measured requests that completed
 * @param requestsPerSecond completed measured requests per second of the shard's window
 * @param scheduleLatencyP50Ms median last byte − intended send, milliseconds
 * @param scheduleLatencyP99Ms 99th percentile of the same, milliseconds
 * @param sendDelayP50Ms median actual − intended send, milliseconds (0 in closed loop)
 * @param sendDelayP99Ms 99th percentile of the same, milliseconds
 * @param sendDelayMaxMs the largest send delay, milliseconds
 */
public record ShardFigures(
    int shard,
    long requests,
    long completed,
    double requestsPerSecond,
    double scheduleLatencyP50Ms,
    double scheduleLatencyP99Ms,
    double sendDelayP50Ms,
    double sendDelayP99Ms,
    double sendDelayMaxMs) {
  public ShardFigures {
    if (shard < 0 || requests < 0 || completed < 0) {
      throw new IllegalArgumentException("shard and counts must not be negative");
    }
  }
}
