package dev.versus.serve;

import dev.versus.store.RunInfo;

/** Pages that say something went wrong or is missing, and the two-column comparison fallback. */
final class MessagePages {
  private MessagePages() {}

  /** An error page: the status, its name and one sentence. */
  static Response error(int status, String message, PageLanguage lang) {
    String title = status + " " + reason(status, lang);
    String body = "<header><h1>" + Page.esc(title) + "</h1></header>\n<p class=\"notice\" id=\"error\">"
        + Page.esc(message) + "</p>\n<p>" + Page.pageLink("/", lang.get("dash.error.back"), lang)
        + "</p>\n";
    return Response.html(status, Page.document(title, Page.bar(lang), body, lang));
  }

  /**
   * Two runs in two columns (stacked on a phone), each its own run page, when they do not fit one
   * combined report.
   */
  static String columns(RunInfo a, RunInfo b, String reason, PageLanguage lang) {
    String title = lang.format("dash.compare.vs", a.id(), b.id());
    String body = "<header><h1>" + Page.esc(title) + "</h1>"
        + "<p class=\"notice\" id=\"separate\">"
        + Page.esc(lang.format("dash.compare.separate", reason)) + "</p></header>\n"
        + "<div class=\"columns\">" + column(a, lang) + column(b, lang) + "</div>\n";
    return Page.document(title, Page.bar(lang), body, lang);
  }

  private static String column(RunInfo run, PageLanguage lang) {
    return "<section><h2>" + Page.pageLink("/runs/" + run.id(), run.id(), lang) + " "
        + Page.statusBadge(run, lang) + Page.simulatedBadge(run, lang) + "</h2><iframe title=\""
        + Page.esc(lang.get("dash.bar.run") + " " + run.id()) + "\" src=\""
        + Page.esc("/runs/" + run.id() + lang.query()) + "\"></iframe></section>";
  }

  private static String reason(int status, PageLanguage lang) {
    return switch (status) {
      case 400, 404, 405, 409, 500, 503 -> lang.get("dash.http." + status);
      default -> lang.get("dash.http.other");
    };
  }
}
