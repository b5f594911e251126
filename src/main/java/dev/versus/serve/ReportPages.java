package dev.versus.serve;

import dev.versus.report.ReportModel;
import dev.versus.report.ReportRenderers;
import dev.versus.store.RunInfo;

/**
 * A run's report and a two-run comparison: the exported HTML report, unchanged, with the
 * dashboard bar placed at the top of its body.
 */
final class ReportPages {
  private ReportPages() {}

  static String run(RunInfo run, ReportModel model, PageLanguage lang) {
    String base = "/runs/" + run.id() + "/";
    String bar = Page.bar(lang,
        "<span class=\"sep\">" + Page.esc(lang.get("dash.bar.run")) + "</span><b>"
            + Page.esc(run.id()) + "</b>",
        Page.statusBadge(run, lang) + Page.simulatedBadge(run, lang),
        Page.pageLink(base + "claims", lang.get("dash.link.claims"), lang),
        Page.pageLink("/?a=" + run.id() + "#compare", lang.get("dash.link.compareWith"), lang),
        Downloads.barLinks(base, lang.query(), lang));
    return withBar(ReportRenderers.require("html").render(model, lang.language()), bar);
  }

  static String comparison(RunInfo a, RunInfo b, ReportModel model, PageLanguage lang) {
    String query = "?a=" + a.id() + "&b=" + b.id() + lang.andQuery();
    String bar = Page.bar(lang,
        "<span class=\"sep\">" + Page.esc(lang.get("dash.bar.comparing")) + "</span>"
            + Page.pageLink("/runs/" + a.id(), a.id(), lang) + Page.statusBadge(a, lang)
            + Page.simulatedBadge(a, lang),
        "<span class=\"sep\">" + Page.esc(lang.get("dash.bar.with")) + "</span>"
            + Page.pageLink("/runs/" + b.id(), b.id(), lang) + Page.statusBadge(b, lang)
            + Page.simulatedBadge(b, lang),
        Downloads.barLinks("/compare/", query, lang));
    return withBar(ReportRenderers.require("html").render(model, lang.language()), bar);
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
}
