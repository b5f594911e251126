package dev.versus.plan;

import dev.versus.report.Claim;
import dev.versus.report.ClaimVerdict;
import dev.versus.report.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one claim, with what it rests on.
 *
 * @param claim the claim judged
 * @param verdict verified, refuted or inconclusive
 * @param reason one sentence: why (always given)
 * @param substituted the expression with each figure replaced by its value and interval, e.g.
 *     {@code 412 ms [398, 431] < 655 ms [640, 670]}; for a fact, its source
 * @param evidence every figure used, once each, in order of first use
 */
public record ClaimResult(
    PlanClaim claim,
    ClaimVerdict verdict,
    String reason,
    String substituted,
    List<Evidence> evidence) {

  public ClaimResult {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(substituted, "substituted");
    evidence = List.copyOf(evidence);
  }

  /** The expression as written, or {@code fact} for a fact. */
  public String expression() {
    return switch (claim) {
      case PlanClaim.Measurable m -> m.expression().text();
      case PlanClaim.Fact f -> "fact";
    };
  }

  /** The same result in the report's model. */
  public Claim toReportClaim() {
    return new Claim(
        claim.id(), claim.text(), expression(), verdict, reason, evidence, claim.notes());
  }
}
