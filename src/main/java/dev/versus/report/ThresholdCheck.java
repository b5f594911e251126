package dev.versus.report;

/**
 * A pass/fail gate on one measured value, e.g. "flash ttft p99 at c=32 <= 1000 ms".
 *
 * @param id a short stable id, used as the JUnit test name
 * @param description the gate as written
 * @param observed the measured value
 * @param limit the bound it was compared with
 * @param unit the unit of both
 * @param passed whether the gate held
 */
public record ThresholdCheck(
    String id, String description, double observed, double limit, String unit, boolean passed) {
  public ThresholdCheck {
    Checks.text(id, "threshold.id");
    Checks.text(description, "threshold[" + id + "].description");
    Checks.finite(observed, "threshold[" + id + "].observed");
    Checks.finite(limit, "threshold[" + id + "].limit");
    java.util.Objects.requireNonNull(unit, "threshold[" + id + "].unit");
  }
}
