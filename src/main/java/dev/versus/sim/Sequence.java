package dev.versus.sim;

/**
 * One request inside the {@link BatchScheduler}: its fixed sizes and injected faults, its progress,
 * and the sink that receives its output. Mutated only under the scheduler's owner's lock.
 */
final class Sequence {
  /** Receives a sequence's output as the scheduler's virtual time passes. */
  interface Sink {
    /** {@code count} more tokens at {@code atNanos}; {@code last} when the output is complete. */
    void tokens(int count, boolean last, long atNanos);

    /** The stream is cut here (fault injection): no terminal event follows. */
    void cut(long atNanos);

    /** The sequence failed (crash or shutdown). */
    void failed(SimFault fault);
  }

  final int promptTokens;
  final int outputTokens;
  final long kvTokens;
  final long eligibleAtNanos;
  final int stallAtToken;
  final long stallNanos;
  final int cutAtToken;
  final Sink sink;

  long order;
  int emitted;
  boolean admitted;
  boolean removed;
  boolean stalled;
  long pausedUntilNanos = Long.MIN_VALUE;

  Sequence(OutputPlan plan, long eligibleAtNanos, Sink sink) {
    this.promptTokens = plan.promptTokens();
    this.outputTokens = plan.outputTokens();
    this.kvTokens = plan.kvReservation();
    this.eligibleAtNanos = eligibleAtNanos;
    this.stallAtToken = plan.stallAtToken();
    this.stallNanos = plan.stallNanos();
    this.cutAtToken = plan.cutAtToken();
    this.sink = sink;
  }

  /** Tokens the next step gives this sequence: a chunk, cut short by the end, a stall or a cut. */
  int nextChunk(int chunk) {
    int limit = outputTokens;
    if (stallAtToken > emitted && !stalled) {
      limit = Math.min(limit, stallAtToken);
    }
    if (cutAtToken > emitted) {
      limit = Math.min(limit, cutAtToken);
    }
    return Math.min(chunk, limit - emitted);
  }

  boolean paused(long atNanos) {
    return pausedUntilNanos > atNanos;
  }
}
