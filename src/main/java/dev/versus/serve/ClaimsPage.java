package dev.versus.serve;

import dev.versus.report.Claim;
import dev.versus.report.ClaimVerdict;
import dev.versus.report.Evidence;
import dev.versus.report.ReportModel;
import dev.versus.report.ThresholdCheck;
import dev.versus.store.RunInfo;
import java.util.Locale;

/** The claims of a run's report with their verdicts and evidence, and its threshold checks. */
final class ClaimsPage {
  private ClaimsPage() {}

  static String render(RunInfo run, ReportModel model) {
    StringBuilder b = new StringBuilder(8 * 1024);
    b.append("<header><h1>Claims · ").append(Page.esc(model.title())).append("</h1></header>\n");
    if (model.claims().isEmpty()) {
      b.append("<p class=\"empty\" id=\"no-claims\">This run's report has no claims.</p>\n");
    } else {
      b.append("<p class=\"tally\">");
      for (ClaimVerdict verdict : ClaimVerdict.values()) {
        b.append(badge(verdict)).append(": ").append(model.claimsWith(verdict).size()).append(' ');
      }
      b.append("</p>\n<div class=\"scroll\"><table id=\"claims\"><thead><tr><th>#</th>"
          + "<th>Claim</th><th>Verdict</th><th>Evidence</th></tr></thead><tbody>\n");
      model.claims().forEach(c -> claimRow(b, c));
      b.append("</tbody></table></div>\n");
    }
    if (!model.thresholds().isEmpty()) {
      b.append("<h2>Thresholds</h2><div class=\"scroll\"><table id=\"thresholds\"><thead><tr>"
          + "<th>#</th><th>Check</th><th>Observed</th><th>Limit</th><th>Result</th></tr></thead>"
          + "<tbody>\n");
      for (ThresholdCheck t : model.thresholds()) {
        b.append("<tr><td>").append(Page.esc(t.id())).append("</td><td class=\"text\">")
            .append(Page.esc(t.description())).append("</td><td class=\"num\">")
            .append(Page.esc(number(t.observed()) + " " + t.unit())).append("</td><td class=\"num\">")
            .append(Page.esc(number(t.limit()) + " " + t.unit())).append("</td><td>")
            .append(t.passed() ? "<span class=\"badge verified\">passed</span>"
                : "<span class=\"badge refuted\">failed</span>")
            .append("</td></tr>\n");
      }
      b.append("</tbody></table></div>\n");
    }
    String bar = Page.bar("<span class=\"sep\">run</span>" + Page.link("/runs/" + run.id(), run.id()),
        Page.statusBadge(run) + Page.simulatedBadge(run), Page.link("/runs/" + run.id(), "report"),
        Downloads.barLinks("/runs/" + run.id() + "/", ""));
    return Page.document("Claims · " + run.id(), bar, b.toString());
  }

  private static void claimRow(StringBuilder b, Claim c) {
    b.append("<tr data-verdict=\"").append(c.verdict().wireName()).append("\"><td>")
        .append(Page.esc(c.id())).append("</td><td class=\"text\">").append(Page.esc(c.text()))
        .append("<br><code>").append(Page.esc(c.expression())).append("</code></td><td>")
        .append(badge(c.verdict())).append("</td><td class=\"text\">");
    if (!c.reason().isBlank()) {
      b.append("<p class=\"reason\">").append(Page.esc(c.reason())).append("</p>");
    }
    b.append("<ul class=\"evidence\">");
    for (Evidence e : c.evidence()) {
      b.append("<li><span class=\"badge ").append(e.endpoint().wireName()).append("\">")
          .append(e.endpoint().wireName()).append("</span> ").append(Page.esc(evidence(e)))
          .append("</li>");
    }
    c.notes().forEach(n -> b.append("<li class=\"note\">Note: ").append(Page.esc(n)).append("</li>"));
    b.append("</ul></td></tr>\n");
  }

  private static String evidence(Evidence e) {
    String unit = e.unit().isEmpty() ? "" : " " + e.unit();
    String interval = e.hasInterval()
        ? " [" + number(e.low()) + ", " + number(e.high()) + "]" : "";
    return e.name() + " = " + number(e.value()) + unit + interval + " (" + e.source() + ")";
  }

  private static String badge(ClaimVerdict verdict) {
    return "<span class=\"badge " + verdict.wireName() + "\">" + verdict.wireName() + "</span>";
  }

  /** Four significant digits, no exponent for everyday magnitudes, Locale.ROOT. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return new java.math.BigDecimal(value).round(new java.math.MathContext(4))
        .stripTrailingZeros().toPlainString();
  }
}
