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

  static String render(RunInfo run, ReportModel model, PageLanguage lang) {
    StringBuilder b = new StringBuilder(8 * 1024);
    String claims = lang.get("claims.title");
    b.append("<header><h1>").append(Page.esc(claims + " · " + model.title()))
        .append("</h1></header>\n");
    if (model.claims().isEmpty()) {
      b.append("<p class=\"empty\" id=\"no-claims\">")
          .append(Page.esc(lang.get("dash.claims.none"))).append("</p>\n");
    } else {
      b.append("<p class=\"tally\">");
      for (ClaimVerdict verdict : ClaimVerdict.values()) {
        b.append(badge(verdict, lang)).append(": ").append(model.claimsWith(verdict).size())
            .append(' ');
      }
      b.append("</p>\n<div class=\"scroll\"><table id=\"claims\"><thead><tr><th>#</th>")
          .append(headers(lang, "col.claim", "col.verdict", "col.evidence"))
          .append("</tr></thead><tbody>\n");
      model.claims().forEach(c -> claimRow(b, c, lang));
      b.append("</tbody></table></div>\n");
    }
    if (!model.thresholds().isEmpty()) {
      b.append("<h2>").append(Page.esc(lang.get("thresholds.title")))
          .append("</h2><div class=\"scroll\"><table id=\"thresholds\"><thead><tr><th>#</th>")
          .append(headers(lang, "dash.col.check", "col.observed", "col.limit", "col.result"))
          .append("</tr></thead><tbody>\n");
      for (ThresholdCheck t : model.thresholds()) {
        b.append("<tr><td>").append(Page.esc(t.id())).append("</td><td class=\"text\">")
            .append(Page.esc(t.description())).append("</td><td class=\"num\">")
            .append(Page.esc(number(t.observed()) + " " + t.unit())).append("</td><td class=\"num\">")
            .append(Page.esc(number(t.limit()) + " " + t.unit())).append("</td><td>")
            .append(t.passed()
                ? "<span class=\"badge verified\">" + Page.esc(lang.get("thresholds.passed"))
                    + "</span>"
                : "<span class=\"badge refuted\">" + Page.esc(lang.get("thresholds.failed"))
                    + "</span>")
            .append("</td></tr>\n");
      }
      b.append("</tbody></table></div>\n");
    }
    String bar = Page.bar(lang,
        "<span class=\"sep\">" + Page.esc(lang.get("dash.bar.run")) + "</span>"
            + Page.pageLink("/runs/" + run.id(), run.id(), lang),
        Page.statusBadge(run, lang) + Page.simulatedBadge(run, lang),
        Page.pageLink("/runs/" + run.id(), lang.get("dash.link.report"), lang),
        Downloads.barLinks("/runs/" + run.id() + "/", lang.query(), lang));
    return Page.document(claims + " · " + run.id(), bar, b.toString(), lang);
  }

  private static String headers(PageLanguage lang, String... keys) {
    StringBuilder s = new StringBuilder();
    for (String key : keys) {
      s.append("<th>").append(Page.esc(lang.get(key))).append("</th>");
    }
    return s.toString();
  }

  private static void claimRow(StringBuilder b, Claim c, PageLanguage lang) {
    b.append("<tr data-verdict=\"").append(c.verdict().wireName()).append("\"><td>")
        .append(Page.esc(c.id())).append("</td><td class=\"text\">").append(Page.esc(c.text()))
        .append("<br><code>").append(Page.esc(c.expression())).append("</code></td><td>")
        .append(badge(c.verdict(), lang)).append("</td><td class=\"text\">");
    if (!c.reason().isBlank()) {
      b.append("<p class=\"reason\">").append(Page.esc(c.reason())).append("</p>");
    }
    b.append("<ul class=\"evidence\">");
    for (Evidence e : c.evidence()) {
      b.append("<li><span class=\"badge ").append(e.endpoint().wireName()).append("\">")
          .append(Page.esc(lang.get("endpoint." + e.endpoint().wireName()))).append("</span> ")
          .append(Page.esc(evidence(e)))
          .append("</li>");
    }
    c.notes().forEach(n -> b.append("<li class=\"note\">")
        .append(Page.esc(lang.get("claims.note") + ": " + n)).append("</li>"));
    b.append("</ul></td></tr>\n");
  }

  private static String evidence(Evidence e) {
    String unit = e.unit().isEmpty() ? "" : " " + e.unit();
    String interval = e.hasInterval()
        ? " [" + number(e.low()) + ", " + number(e.high()) + "]" : "";
    return e.name() + " = " + number(e.value()) + unit + interval + " (" + e.source() + ")";
  }

  private static String badge(ClaimVerdict verdict, PageLanguage lang) {
    return "<span class=\"badge " + verdict.wireName() + "\">"
        + Page.esc(lang.get("verdict." + verdict.wireName())) + "</span>";
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
