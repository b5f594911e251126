package dev.versus.report;

import java.util.List;
import java.util.Objects;

/**
 * A statement checked against the measurements.
 *
 * @param id a short stable id, e.g. {@code "c3"}, used as the JUnit test name
 * @param text the claim as a person wrote it
 * @param expression the claim language form, e.g. {@code flash.ttft_p50 < maverick.ttft_p50}
 * @param verdict verified, refuted or inconclusive
 * @param reason why, in one sentence (required when inconclusive; may be empty otherwise)
 * @param evidence the measured values the verdict rests on
 * @param notes caveats, e.g. "configured in the simulator profile, not observed on a real service"
 */
public record Claim(
    String id,
    String text,
    String expression,
    ClaimVerdict verdict,
    String reason,
    List<Evidence> evidence,
    List<String> notes) {

  public Claim {
    Checks.text(id, "claim.id");
    String at = "claim[" + id + "]";
    Checks.text(text, at + ".text");
    Checks.text(expression, at + ".expression");
    Objects.requireNonNull(verdict, at + ".verdict");
    Objects.requireNonNull(reason, at + ".reason");
    if (verdict == ClaimVerdict.INCONCLUSIVE && reason.isBlank()) {
      throw new ReportException(at + ".reason: an inconclusive claim must say why");
    }
    evidence = Checks.list(evidence, at + ".evidence");
    notes = Checks.list(notes, at + ".notes");
  }

  /** Whether any evidence came from the simulator. */
  public boolean restsOnSimulation() {
    return evidence.stream().anyMatch(e -> e.endpoint() == EndpointKind.SIMULATED);
  }
}
