package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void wilson_knownValue() {
    Interval i = Interval.wilson(8, 10);
    assertThat(i.low()).isCloseTo(0.4902, within(1e-4));
    assertThat(i.high()).isCloseTo(0.9433, within(1e-4));
    assertThat(i.rate()).isEqualTo(0.8);
  }

  @Test
  void wilson_zeroSuccesses_hasPositiveUpperBound() {
    Interval i = Interval.wilson(0, 100);
    assertThat(i.low()).isZero();
    assertThat(i.high()).isCloseTo(0.0370, within(1e-4));
    assertThat(i.toString()).isEqualTo("0.0% [0.0%, 3.7%] (0/100)");
  }
}
