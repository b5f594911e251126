package dev.versus.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class IntervalHistogramsTest {
  private static final long SECOND = 1_000_000_000L;

  private static RequestRecord completed(long sendNanos, long e2eNanos) {
    Timing timing = new Timing(sendNanos, sendNanos, sendNanos + 1000, sendNanos + 2000,
        sendNanos + 2000, sendNanos + e2eNanos, new long[] {500}, 2);
    return new RequestRecord(0, "m", "c=1", 0, timing,
        new TokenCounts(5, 2, 0, 5, 2, 0, Usage.Source.SERVER), 200,
        new Status.Ok(FinishReason.STOP));
  }

  @Test
  void takeEndedBefore_recordsInTwoIntervals_returnsOnlyEndedOnesThenTheRest() {
    IntervalHistograms slices = new IntervalHistograms(10 * SECOND, SECOND);
    slices.record(completed(10 * SECOND, SECOND / 2)); // ends in interval 0
    slices.record(completed(11 * SECOND, SECOND / 4)); // ends in interval 1

    List<IntervalHistograms.Slice> first = slices.takeEndedBefore(11 * SECOND + SECOND / 2);
    List<IntervalHistograms.Slice> rest = slices.takeEndedBefore(Long.MAX_VALUE);

    assertThat(first).isNotEmpty().allMatch(s -> s.index() == 0);
    assertThat(rest).isNotEmpty().allMatch(s -> s.index() == 1);
    assertThat(first.stream().filter(s -> s.metric() == Metric.E2E).findFirst().orElseThrow()
        .histogram().getTotalCount()).isEqualTo(1);
    assertThat(slices.takeEndedBefore(Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void encode_thenDecode_givesAnEqualHistogram() {
    Histogram h = IntervalHistograms.emptyHistogram();
    for (long v = 1; v < 100_000_000L; v = v * 3 + 7) {
      h.recordValueWithCount(v, v % 5 + 1);
    }

    Histogram back = IntervalHistograms.decode(IntervalHistograms.encode(h));

    assertThat(back).isEqualTo(h);
    assertThat(back.getTotalCount()).isEqualTo(h.getTotalCount());
  }

  @Test
  void decode_garbage_throwsMetricsException() {
    assertThatThrownBy(() -> IntervalHistograms.decode(new byte[] {1, 2, 3}))
        .isInstanceOf(MetricsException.class);
  }
}
