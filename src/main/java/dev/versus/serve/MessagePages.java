package dev.versus.serve;

import dev.versus.store.RunInfo;

/** Pages that say something went wrong or is missing, and the two-column comparison fallback. */
final class MessagePages {
  private MessagePages() {}

  /** An error page: the status, its name and one sentence. */
  static Response error(int status, String message) {
    String title = status + " " + reason(status);
    String body = "<header><h1>" + Page.esc(title) + "</h1></header>\n<p class=\"notice\" id=\"error\">"
        + Page.esc(message) + "</p>\n<p>" + Page.link("/", "Back to the runs") + "</p>\n";
    return Response.html(status, Page.document(title, Page.bar(), body));
  }

  /**
   * Two runs in two columns (stacked on a phone), each its own run page, when they do not fit one
   * combined report.
   */
  static String columns(RunInfo a, RunInfo b, String reason) {
    String body = "<header><h1>" + Page.esc(a.id()) + " vs " + Page.esc(b.id()) + "</h1>"
        + "<p class=\"notice\" id=\"separate\">These runs do not fit one combined report ("
        + Page.esc(reason) + "), so each is shown with its own report.</p></header>\n"
        + "<div class=\"columns\">" + column(a) + column(b) + "</div>\n";
    return Page.document(a.id() + " vs " + b.id(), Page.bar(), body);
  }

  private static String column(RunInfo run) {
    return "<section><h2>" + Page.link("/runs/" + run.id(), run.id()) + " "
        + Page.statusBadge(run) + Page.simulatedBadge(run) + "</h2><iframe title=\"run "
        + Page.esc(run.id()) + "\" src=\"/runs/" + Page.esc(run.id()) + "\"></iframe></section>";
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "No Report";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }
}
