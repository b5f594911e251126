package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void wilson_eightOfTen_matchesHandComputedInterval() {
    Interval i = Stats.wilson(8, 10, 0.95);
    assertThat(i.estimate()).isEqualTo(0.8);
    assertThat(i.low()).isCloseTo(0.490, within(0.0005));
    assertThat(i.high()).isCloseTo(0.943, within(0.0005));
  }

  @Test
  void wilson_extremes_stayInsideUnitInterval() {
    Interval none = Stats.wilson(0, 10, 0.95);
    assertThat(none.low()).isEqualTo(0.0);
    assertThat(none.high()).isCloseTo(0.2775, within(0.0005));
    Interval all = Stats.wilson(10, 10, 0.95);
    assertThat(all.low()).isCloseTo(0.7225, within(0.0005));
    assertThat(all.high()).isEqualTo(1.0);
  }

  @Test
  void normalQuantile_knownValues() {
    assertThat(NormalQuantile.twoSided(0.95)).isCloseTo(1.959964, within(1e-5));
    assertThat(NormalQuantile.twoSided(0.99)).isCloseTo(2.575829, within(1e-5));
    assertThat(NormalQuantile.twoSided(0.90)).isCloseTo(1.644854, within(1e-5));
  }

  @Test
  void bootstrapMean_seeded_isReproducibleAndPlausible() {
    double[] v = new double[100];
    for (int i = 0; i < 50; i++) {
      v[i] = 1;
    }
    Interval a = Stats.bootstrapMean(v, Stats.DEFAULT_RESAMPLES, 7, 0.95);
    Interval b = Stats.bootstrapMean(v, Stats.DEFAULT_RESAMPLES, 7, 0.95);
    assertThat(a).isEqualTo(b);
    assertThat(a.estimate()).isEqualTo(0.5);
    // normal approximation: 0.5 ± 1.96 · 0.05 = [0.402, 0.598]
    assertThat(a.low()).isBetween(0.38, 0.42);
    assertThat(a.high()).isBetween(0.58, 0.62);
  }

  @Test
  void bootstrapMean_constant_isDegenerate() {
    Interval i = Stats.bootstrapMean(new double[] {0.3, 0.3, 0.3}, 500, 1, 0.95);
    assertThat(i.low()).isEqualTo(0.3);
    assertThat(i.high()).isEqualTo(0.3);
  }

  @Test
  void macroF1_handComputed() {
    List<String> gold = List.of("a", "a", "b", "b", "c");
    List<String> pred = List.of("a", "b", "b", "b", "c");
    // a: F1 2/3, b: 4/5, c: 1
    assertThat(Stats.macroF1(gold, pred)).isCloseTo((2.0 / 3 + 0.8 + 1) / 3, within(1e-12));
    Interval i = Stats.macroF1Interval(gold, pred, 1000, 3, 0.95);
    assertThat(i.contains(i.estimate())).isTrue();
    assertThat(i.high()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void macroF1_emptyPrediction_countsAsMissOnly() {
    assertThat(Stats.macroF1(List.of("a", "b"), List.of("a", ""))).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void mcnemar_handComputedPValues() {
    assertThat(Stats.mcnemarExactP(pattern(10, 2, 8, 0)[0], pattern(10, 2, 8, 0)[1]))
        .isCloseTo(158.0 / 4096, within(1e-12));
    assertThat(Stats.mcnemarExactP(pattern(6, 0, 0, 4)[0], pattern(6, 0, 0, 4)[1]))
        .isCloseTo(2.0 / 64, within(1e-12));
    assertThat(Stats.mcnemarExactP(pattern(5, 5, 3, 3)[0], pattern(5, 5, 3, 3)[1])).isEqualTo(1.0);
    assertThat(Stats.mcnemarExactP(pattern(0, 0, 3, 3)[0], pattern(0, 0, 3, 3)[1])).isEqualTo(1.0);
  }

  @Test
  void comparePassFail_clearWin_saysABetter() {
    boolean[][] p = pattern(10, 2, 8, 0);
    Verdict v = Stats.comparePassFail(p[0], p[1], 0.05, 2000, 11);
    assertThat(v.winner()).isEqualTo(Verdict.Winner.A_BETTER);
    assertThat(v.pValue()).isCloseTo(0.0386, within(1e-4));
    assertThat(v.difference().estimate()).isCloseTo(0.4, within(1e-12));
    assertThat(v.difference().low()).isGreaterThan(0);
    assertThat(v.method()).isEqualTo("exact McNemar");
  }

  @Test
  void compareScores_pairedBootstrap_detectsDifferenceAndTies() {
    double[] a = new double[40];
    double[] b = new double[40];
    for (int i = 0; i < 40; i++) {
      a[i] = 0.5 + 0.01 * (i % 5);
      b[i] = 0.8 + 0.01 * (i % 7);
    }
    Verdict v = Stats.compareScores(a, b, 0.05, 2000, 5);
    assertThat(v.winner()).isEqualTo(Verdict.Winner.B_BETTER);
    assertThat(v.pValue()).isLessThan(0.05);
    assertThat(v.difference().high()).isLessThan(0);
    Verdict tie = Stats.compareScores(a, a.clone(), 0.05, 2000, 5);
    assertThat(tie.winner()).isEqualTo(Verdict.Winner.NO_SIGNIFICANT_DIFFERENCE);
    assertThat(tie.pValue()).isEqualTo(1.0);
  }

  @Test
  void compareScores_noise_isNotSignificant() {
    double[] a = {0.1, 0.9, 0.4, 0.6, 0.5, 0.3, 0.7, 0.2, 0.8, 0.5};
    double[] b = {0.2, 0.8, 0.5, 0.5, 0.4, 0.4, 0.6, 0.3, 0.7, 0.6};
    assertThat(Stats.compareScores(a, b, 0.05, 2000, 9).winner())
        .isEqualTo(Verdict.Winner.NO_SIGNIFICANT_DIFFERENCE);
  }

  @Test
  void consistency_handComputed() {
    Consistency c = Stats.consistency(List.of(List.of("x", "x", "x"), List.of("x", "y", "x"),
        List.of("a", "b", "c")));
    assertThat(c.allAgreeRate()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(c.meanPairwiseAgreement()).isCloseTo(4.0 / 9, within(1e-12));
  }

  @Test
  void badInput_isRejected() {
    assertThatThrownBy(() -> Stats.wilson(11, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.consistency(List.of(List.of("x"))))
        .hasMessageContaining("at least 2 repeats");
    assertThatThrownBy(() -> Stats.mcnemarExactP(new boolean[2], new boolean[3]))
        .hasMessageContaining("equal");
  }

  /** Paired pass/fail: onlyA cases A passes alone, onlyB B alone, both, neither. */
  private static boolean[][] pattern(int onlyA, int onlyB, int both, int neither) {
    int n = onlyA + onlyB + both + neither;
    boolean[] a = new boolean[n];
    boolean[] b = new boolean[n];
    int i = 0;
    for (int k = 0; k < onlyA; k++, i++) {
      a[i] = true;
    }
    for (int k = 0; k < onlyB; k++, i++) {
      b[i] = true;
    }
    for (int k = 0; k < both; k++, i++) {
      a[i] = true;
      b[i] = true;
    }
    return new boolean[][] {a, b};
  }
}
