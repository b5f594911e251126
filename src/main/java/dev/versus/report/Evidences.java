package dev.versus.report;

import java.util.ArrayList;
import java.util.List;

/** Evidence as one line of plain text per measured value, shared by the text renderers. */
final class Evidences {
  private Evidences() {}

  /** e.g. {@code flash.ttft_p50 = 412 ms [398, 431] (simulated; bench c=8, n=480)}. */
  static String line(Messages m, Evidence e) {
    return line(m, e, true);
  }

  /** The same, leaving the endpoint out when a badge next to it already says it. */
  static String line(Messages m, Evidence e, boolean withEndpoint) {
    StringBuilder text = new StringBuilder(e.name()).append(" = ").append(Fmt.figure(e.value()));
    if (!e.unit().isEmpty()) {
      text.append(' ').append(e.unit());
    }
    if (e.hasInterval()) {
      text.append(" [").append(Fmt.figure(e.low())).append(", ").append(Fmt.figure(e.high()))
          .append(']');
    }
    text.append(" (");
    if (withEndpoint) {
      text.append(m.get("endpoint." + e.endpoint().wireName())).append("; ");
    }
    return text.append(e.source()).append(')').toString();
  }

  /** All evidence and notes of a claim, one per line. */
  static String plain(Messages m, Claim claim) {
    List<String> lines = new ArrayList<>();
    claim.evidence().forEach(e -> lines.add(line(m, e)));
    claim.notes().forEach(n -> lines.add(m.get("claims.note") + ": " + n));
    return String.join("\n", lines);
  }
}
