package dev.versus.serve;

import dev.versus.store.RunInfo;
import java.util.List;

/** The home page: the stored runs, newest first, and a form to compare any two. */
final class RunsPage {
  private RunsPage() {}

  /**
   * @param kind the kind the list is narrowed to, or "" for every kind
   * @param preselected the run to preselect as the first of a comparison, or ""
   */
  static String render(List<RunInfo> runs, String kind, String preselected, int limit) {
    StringBuilder b = new StringBuilder(16 * 1024);
    String what = kind.isEmpty() ? "runs" : Page.esc(kind) + " runs";
    b.append("<header><h1>Runs</h1><p class=\"meta\">")
        .append(runs.size() == limit ? "The newest " + limit + " " + what : runs.size() + " " + what)
        .append(" in the store, newest first.")
        .append(kind.isEmpty() ? "" : " " + Page.link("/", "Show every kind."))
        .append("</p></header>\n");
    if (runs.isEmpty()) {
      b.append("<p class=\"empty\" id=\"no-runs\">No runs in the store yet. Make one with"
          + " <code>versus demo</code>, <code>versus bench</code> or <code>versus eval</code>.</p>\n");
      return Page.document("Runs", Page.bar(), b.toString());
    }
    compareForm(b, runs, preselected);
    b.append("<div class=\"scroll\"><table id=\"runs\"><thead><tr><th>Started</th><th>Run</th>"
        + "<th>Kind</th><th>Title</th><th>Status</th><th>Source</th><th>Length</th>"
        + "<th>Open</th></tr></thead><tbody>\n");
    for (RunInfo run : runs) {
      String base = "/runs/" + run.id();
      b.append("<tr data-run=\"").append(Page.esc(run.id())).append("\"><td>")
          .append(Page.time(run.startedAt())).append("</td><td>")
          .append(Page.link(base, run.id())).append("</td><td>").append(Page.esc(run.kind()))
          .append("</td><td class=\"text\">").append(Page.esc(run.title())).append("</td><td>")
          .append(Page.statusBadge(run)).append("</td><td>")
          .append(run.simulated() ? Page.simulatedBadge(run) : "").append("</td><td>")
          .append(Page.duration(run)).append("</td><td>")
          .append(Page.link(base, "report")).append(" · ")
          .append(Page.link(base + "/claims", "claims")).append(" · ")
          .append(Page.link("/?a=" + run.id() + "#compare", "compare…"))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n");
    return Page.document("Runs", Page.bar(), b.toString());
  }

  private static void compareForm(StringBuilder b, List<RunInfo> runs, String preselected) {
    b.append("<form class=\"compare\" id=\"compare\" method=\"get\" action=\"/compare\">"
        + "<label>First run ").append(select("a", runs, preselected.isEmpty()
            ? runs.get(0).id() : preselected))
        .append("</label><label>Second run ").append(select("b", runs,
            runs.size() > 1 ? otherThan(runs, preselected.isEmpty() ? runs.get(0).id()
                : preselected) : ""))
        .append("</label><button type=\"submit\">Compare side by side</button></form>\n");
  }

  private static String otherThan(List<RunInfo> runs, String id) {
    return runs.stream().map(RunInfo::id).filter(x -> !x.equals(id)).findFirst().orElse("");
  }

  private static String select(String name, List<RunInfo> runs, String selected) {
    StringBuilder s = new StringBuilder("<select name=\"" + name + "\">");
    for (RunInfo run : runs) {
      s.append("<option value=\"").append(Page.esc(run.id())).append('"')
          .append(run.id().equals(selected) ? " selected" : "").append('>')
          .append(Page.esc(run.id() + " · " + run.kind()
              + (run.title().isBlank() ? "" : " · " + run.title())))
          .append("</option>");
    }
    return s.append("</select>").toString();
  }
}
