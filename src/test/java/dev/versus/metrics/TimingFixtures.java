package dev.versus.metrics;

import dev.versus.core.ErrorClass;

/** Public test fixtures for other packages' tests: records without building timers. */
public final class TimingFixtures {
  private TimingFixtures() {}

  /** A completed request sent at 0 with one output event and the given latency. */
  public static RequestRecord ok(long index, long e2eNanos) {
    RequestRecord r = TestRecords.okE2e(index, 0, 1);
    Timing t = new Timing(0, 0, 0, e2eNanos, e2eNanos, e2eNanos, new long[0], 1);
    return new RequestRecord(index, r.model(), r.level(), 0, t, r.tokens(), 200, r.status());
  }

  /** A request sent at 0 that failed with {@code errorClass}. */
  public static RequestRecord failed(long index, ErrorClass errorClass) {
    return TestRecords.failed(index, 0, errorClass);
  }
}
