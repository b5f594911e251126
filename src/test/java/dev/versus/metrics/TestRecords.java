package dev.versus.metrics;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;

/** Builds request records on a millisecond timeline for tests. */
final class TestRecords {
  static final long MS = 1_000_000L;

  private TestRecords() {}

  /**
   * A completed request sent at {@code sendMs} that emits its first output after {@code ttftMs} and
   * then one event per gap; the server reports {@code outputTokens}.
   */
  static RequestRecord ok(long index, long sendMs, long ttftMs, long[] gapsMs, int outputTokens) {
    long send = sendMs * MS;
    long first = send + ttftMs * MS;
    long[] gaps = new long[gapsMs.length];
    long last = first;
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = gapsMs[i] * MS;
      last += gaps[i];
    }
    Timing timing = new Timing(send, send, send, first, first, last, gaps, gaps.length + 1);
    TokenCounts tokens =
        new TokenCounts(10, outputTokens, 0, 10, outputTokens, 0, Usage.Source.SERVER);
    return new RequestRecord(
        index, "m", "c=1", 0, timing, tokens, 200, new Status.Ok(FinishReason.STOP));
  }

  /** A completed request with one output event and the given end-to-end latency. */
  static RequestRecord okE2e(long index, long sendMs, long e2eMs) {
    return ok(index, sendMs, e2eMs, new long[0], 1);
  }

  static RequestRecord failed(long index, long sendMs, ErrorClass errorClass) {
    long send = sendMs * MS;
    Timing timing =
        new Timing(
            send, send, Timing.ABSENT, Timing.ABSENT, Timing.ABSENT, send + 5 * MS, new long[0], 0);
    TokenCounts tokens = new TokenCounts(0, 0, 0, 10, 0, 0, Usage.Source.CLIENT_COUNT);
    return new RequestRecord(
        index, "m", "c=1", 0, timing, tokens, 0, new Status.Error(errorClass, "boom"));
  }
}
