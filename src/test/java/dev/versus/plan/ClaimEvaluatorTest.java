package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.report.Claim;
import dev.versus.report.ClaimVerdict;
import dev.versus.report.EndpointKind;
import dev.versus.report.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimEvaluatorTest {
  private final TableFigures figures =
      new TableFigures()
          .put("flash.e2e.p50@concurrency=1", 0.400, 0.390, 0.410, Unit.SECONDS)
          .put("maverick.e2e.p50@concurrency=1", 0.650, 0.640, 0.660, Unit.SECONDS)
          .put("flash.ttft.p50@concurrency=1", 0.500, 0.450, 0.700, Unit.SECONDS)
          .put("maverick.ttft.p50@concurrency=1", 0.600, 0.550, 0.650, Unit.SECONDS)
          .put("flash.requests_per_second@concurrency=64", 30, Unit.REQUESTS_PER_SECOND)
          .put("maverick.requests_per_second@concurrency=64", 20, Unit.REQUESTS_PER_SECOND)
          .put("flash.memory_bytes.max", 100e9, Unit.BYTES)
          .put("maverick.memory_bytes.max", 200e9, Unit.BYTES)
          .put("flash.score[nlu-es]", 0.76, 0.70, 0.82, Unit.RATIO)
          .put("maverick.score[nlu-es]", 0.89, 0.85, 0.93, Unit.RATIO)
          .put("flash.cost_per_1k_requests", 0.70, Unit.USD)
          .put("maverick.cost_per_1k_requests", 1.00, Unit.USD)
          .put("flash.errors[backend_crash]@concurrency=512", 40, Unit.COUNT)
          .put("flash.errors[backend_crash]@concurrency=64", 0, Unit.COUNT);
  private final ClaimEvaluator evaluator =
      new ClaimEvaluator(figures, new Selector.Concurrency(1));

  private ClaimResult judge(String expression) {
    return evaluator.evaluate(
        new PlanClaim.Measurable("c1", expression, ClaimExpression.parse(expression), List.of()));
  }

  @Test
  void evaluate_separatedIntervals_verifiedWithSubstitutedValues() {
    ClaimResult r = judge("flash.e2e.p50 < maverick.e2e.p50");

    assertThat(r.verdict()).isEqualTo(ClaimVerdict.VERIFIED);
    assertThat(r.substituted()).isEqualTo("400 ms [390, 410] < 650 ms [640, 660]");
    assertThat(r.reason()).startsWith("holds at every end of the intervals: 400 ms");
    assertThat(r.evidence())
        .containsExactly(
            new Evidence("flash.e2e.p50@concurrency=1", 400, 390, 410, "ms", EndpointKind.REAL,
                "test table, n=100"),
            new Evidence("maverick.e2e.p50@concurrency=1", 650, 640, 660, "ms", EndpointKind.REAL,
                "test table, n=100"));
  }

  @Test
  void evaluate_contradictedEverywhere_refuted() {
    assertThat(judge("flash.e2e.p50 > maverick.e2e.p50").verdict()).isEqualTo(ClaimVerdict.REFUTED);
  }

  @Test
  void evaluate_overlappingIntervals_inconclusiveSayingWhichWayThePointGoes() {
    ClaimResult r = judge("flash.ttft.p50 < maverick.ttft.p50");

    assertThat(r.verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
    assertThat(r.reason())
        .contains("straddle")
        .contains("holds at the point estimates")
        .contains("500 ms [450, 700] < 600 ms [550, 650]");
  }

  @Test
  void evaluate_intervalArithmeticOnDifference_inconclusiveWhenDifferenceIntervalStraddles() {
    // 0.89 - 0.76 = 0.13 at the points, but [0.85-0.82, 0.93-0.70] = [0.03, 0.23]
    assertThat(judge("maverick.score[nlu-es] - flash.score[nlu-es] >= 0.10").verdict())
        .isEqualTo(ClaimVerdict.INCONCLUSIVE);
    assertThat(judge("maverick.score[nlu-es] - flash.score[nlu-es] >= 0.02").verdict())
        .isEqualTo(ClaimVerdict.VERIFIED);
    assertThat(judge("maverick.score[nlu-es] - flash.score[nlu-es] >= 0.25").verdict())
        .isEqualTo(ClaimVerdict.REFUTED);
  }

  @Test
  void evaluate_ratioOfExactFigures_scalesWithPlainNumber() {
    assertThat(judge("flash.cost_per_1k_requests <= 0.78 * maverick.cost_per_1k_requests").verdict())
        .isEqualTo(ClaimVerdict.VERIFIED);
    assertThat(judge("flash.memory_bytes.max <= 0.4 * maverick.memory_bytes.max").verdict())
        .isEqualTo(ClaimVerdict.REFUTED);
    assertThat(judge("flash.cost_per_1k_requests / maverick.cost_per_1k_requests < 75%").verdict())
        .isEqualTo(ClaimVerdict.VERIFIED);
  }

  @Test
  void evaluate_unitsInLiterals_comparedInBaseUnits() {
    assertThat(judge("flash.e2e.p50 < 0.5s").verdict()).isEqualTo(ClaimVerdict.VERIFIED);
    assertThat(judge("flash.e2e.p50 < 400ms").verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
    assertThat(judge("flash.e2e.p50 >= 390ms").verdict()).isEqualTo(ClaimVerdict.VERIFIED);
    assertThat(judge("flash.memory_bytes.max < 93.2GiB").verdict()).isEqualTo(ClaimVerdict.VERIFIED);
    assertThat(judge("flash.memory_bytes.max == 100GB").verdict()).isEqualTo(ClaimVerdict.VERIFIED);
  }

  @Test
  void evaluate_missingFigure_inconclusiveNamingItAndWhy() {
    ClaimResult r = judge("flash.tpot.p50 < maverick.e2e.p50");

    assertThat(r.verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
    assertThat(r.reason())
        .contains("not measured: flash.tpot.p50@concurrency=1 (not in the test table)");
    assertThat(r.substituted()).isEqualTo("flash.tpot.p50@concurrency=1 (not measured) < 650 ms [640, 660]");
    assertThat(r.evidence()).extracting(Evidence::name).containsExactly("maverick.e2e.p50@concurrency=1");
  }

  @Test
  void evaluate_andWithOneSideRefuted_refutedEvenIfOtherSideMissing() {
    ClaimResult r = judge("flash.tpot.p50 < 1s and flash.e2e.p50 > 1s");

    assertThat(r.verdict()).isEqualTo(ClaimVerdict.REFUTED);
    assertThat(r.reason()).contains("not needed for the verdict").contains("flash.tpot.p50");
  }

  @Test
  void evaluate_orAndNot_followThreeValuedLogic() {
    assertThat(judge("flash.tpot.p50 < 1s or flash.e2e.p50 < 1s").verdict())
        .isEqualTo(ClaimVerdict.VERIFIED);
    assertThat(judge("not flash.e2e.p50 < 1s").verdict()).isEqualTo(ClaimVerdict.REFUTED);
    assertThat(judge("not flash.tpot.p50 < 1s").verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
  }

  @Test
  void evaluate_selectorsAndErrorCounts_articleCrashClaimVerified() {
    ClaimResult r =
        judge(
            "flash.errors[backend_crash]@concurrency=512 > 0"
                + " and flash.errors[backend_crash]@concurrency=64 == 0"
                + " and flash.requests_per_second@concurrency=64"
                + " > maverick.requests_per_second@concurrency=64");

    assertThat(r.verdict()).isEqualTo(ClaimVerdict.VERIFIED);
    assertThat(r.substituted())
        .isEqualTo("40 > 0 and 0 == 0 and 30 requests/s > 20 requests/s");
  }

  @Test
  void evaluate_divisionByIntervalHoldingZero_inconclusive() {
    figures.put("flash.goodput_ratio@concurrency=1", 0.1, -0.1, 0.3, Unit.RATIO);

    assertThat(judge("1 / flash.goodput_ratio > 2").verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
  }

  @Test
  void evaluate_repeatedFigure_listedOnceInEvidence() {
    ClaimResult r = judge("flash.e2e.p50 > 0.1s and flash.e2e.p50 < 1s");

    assertThat(r.evidence()).hasSize(1);
  }

  @Test
  void evaluate_fact_fixedVerdictWithSource() {
    ClaimResult r =
        evaluator.evaluate(
            new PlanClaim.Fact("a13", "Maverick is a dense 70B model", ClaimVerdict.REFUTED,
                "Meta's model card: 17B active / 400B total MoE", List.of("not measurable")));

    Claim claim = r.toReportClaim();
    assertThat(claim.verdict()).isEqualTo(ClaimVerdict.REFUTED);
    assertThat(claim.expression()).isEqualTo("fact");
    assertThat(claim.reason()).contains("Meta's model card");
    assertThat(claim.notes()).containsExactly("not measurable");
  }

  @Test
  void toReportClaim_inconclusive_carriesReasonAndEvidence() {
    Claim claim = judge("flash.ttft.p50 < maverick.ttft.p50").toReportClaim();

    assertThat(claim.verdict()).isEqualTo(ClaimVerdict.INCONCLUSIVE);
    assertThat(claim.evidence()).hasSize(2);
    assertThat(claim.expression()).isEqualTo("flash.ttft.p50 < maverick.ttft.p50");
  }

  @Test
  void evaluate_figuresGivingWrongUnit_isABug() {
    figures.put("flash.tpot.p50@concurrency=1", 5, Unit.COUNT);

    assertThatThrownBy(() -> judge("flash.tpot.p50 < 1s"))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("flash.tpot.p50@concurrency=1");
  }
}
