package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void offsets_constantRate_exactlyEvenlySpaced() {
    long[] offsets = Schedule.offsets(new ArrivalProcess.Constant(4), 1, 0, 2 * SECOND);

    assertThat(offsets)
        .containsExactly(
            0,
            250_000_000,
            500_000_000,
            750_000_000,
            SECOND,
            1_250_000_000,
            1_500_000_000,
            1_750_000_000);
  }

  @Test
  void offsets_poisson_meanRateWithinOnePercentAndCvOne() {
    long[] offsets = Schedule.offsets(new ArrivalProcess.Poisson(10), 42, 50_000, 0);

    double[] stats = intervalStats(offsets);
    assertThat(offsets).hasSize(50_000);
    assertThat(1 / stats[0]).isCloseTo(10, Percentage.withPercentage(1));
    assertThat(stats[1]).isCloseTo(1, Percentage.withPercentage(3));
  }

  @Test
  void offsets_gamma_meanRateKeptAndCvIsOneOverSqrtBurstiness() {
    for (double k : new double[] {0.25, 0.5, 4}) {
      long[] offsets = Schedule.offsets(new ArrivalProcess.Gamma(20, k), 7, 50_000, 0);

      double[] stats = intervalStats(offsets);
      assertThat(1 / stats[0]).as("rate at k=%s", k).isCloseTo(20, Percentage.withPercentage(2));
      assertThat(stats[1])
          .as("cv at k=%s", k)
          .isCloseTo(1 / Math.sqrt(k), Percentage.withPercentage(4));
    }
  }

  @Test
  void offsets_sameSeed_sameSchedule() {
    ArrivalProcess poisson = new ArrivalProcess.Poisson(5);

    assertThat(Schedule.offsets(poisson, 3, 100, 0))
        .isEqualTo(Schedule.offsets(poisson, 3, 100, 0));
    assertThat(Schedule.offsets(poisson, 3, 100, 0))
        .isNotEqualTo(Schedule.offsets(poisson, 4, 100, 0));
  }

  @Test
  void arrivals_invalidRate_rejectedWithClearMessage() {
    assertThatThrownBy(() -> new ArrivalProcess.Poisson(0)).hasMessageContaining("request rate");
    assertThatThrownBy(() -> new ArrivalProcess.Constant(Double.NaN)).hasMessageContaining("rate");
    assertThatThrownBy(() -> new ArrivalProcess.Gamma(1, -1)).hasMessageContaining("burstiness");
  }

  /** Mean interval in seconds and coefficient of variation. */
  private static double[] intervalStats(long[] offsets) {
    int n = offsets.length - 1;
    double sum = 0;
    double sumSq = 0;
    for (int i = 1; i < offsets.length; i++) {
      double x = (offsets[i] - offsets[i - 1]) / 1e9;
      sum += x;
      sumSq += x * x;
    }
    double mean = sum / n;
    double sd = Math.sqrt(sumSq / n - mean * mean);
    return new double[] {mean, sd / mean};
  }
}
