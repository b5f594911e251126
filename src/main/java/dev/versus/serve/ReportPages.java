package dev.versus.serve;

import dev.versus.report.ReportLanguage;
import dev.versus.report.ReportModel;
import dev.versus.report.ReportRenderers;
import dev.versus.store.RunInfo;

/**
 * A run's report and a two-run comparison: the exported HTML report, unchanged, with the
 * dashboard bar placed at the top of its body.
 */
final class ReportPages {
  private ReportPages() {}

  static String run(RunInfo run, ReportModel model, ReportLanguage language) {
    String base = "/runs/" + run.id() + "/";
    String bar = Page.bar(
        "<span class=\"sep\">run</span><b>" + Page.esc(run.id()) + "</b>",
        Page.statusBadge(run) + Page.simulatedBadge(run),
        Page.link(base + "claims" + lang(language), "claims"),
        Page.link("/?a=" + run.id() + "#compare", "compare with…"),
        Downloads.barLinks(base, lang(language)));
    return withBar(ReportRenderers.require("html").render(model, language), bar);
  }

  static String comparison(RunInfo a, RunInfo b, ReportModel model, ReportLanguage language) {
    String query = "?a=" + a.id() + "&b=" + b.id() + langParam(language, "&");
    String bar = Page.bar(
        "<span class=\"sep\">comparing</span>" + Page.link("/runs/" + a.id(), a.id())
            + Page.statusBadge(a) + Page.simulatedBadge(a),
        "<span class=\"sep\">with</span>" + Page.link("/runs/" + b.id(), b.id())
            + Page.statusBadge(b) + Page.simulatedBadge(b),
        Downloads.barLinks("/compare/", query));
    return withBar(ReportRenderers.require("html").render(model, language), bar);
  }

  /** The bar goes right after the report's {@code <body>} tag. */
  static String withBar(String reportHtml, String bar) {
    int body = reportHtml.indexOf("<body>");
    if (body < 0) {
      return bar + reportHtml;
    }
    int at = body + "<body>".length();
    return reportHtml.substring(0, at) + "\n" + bar + reportHtml.substring(at);
  }

  /** {@code ?lang=xx} for links when the page was asked in a language, else nothing. */
  static String lang(ReportLanguage language) {
    return langParam(language, "?");
  }

  private static String langParam(ReportLanguage language, String lead) {
    return language == ReportLanguage.EN ? "" : lead + "lang=" + language.tag();
  }
}
