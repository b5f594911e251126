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
  static String render(List<RunInfo> runs, String kind, String preselected, int limit,
      PageLanguage lang) {
    StringBuilder b = new StringBuilder(16 * 1024);
    boolean newest = runs.size() == limit;
    String count = kind.isEmpty()
        ? lang.format(newest ? "dash.runs.newestAll" : "dash.runs.countAll", newest ? limit : runs.size())
        : lang.format(newest ? "dash.runs.newestKind" : "dash.runs.countKind",
            newest ? limit : runs.size(), kind);
    b.append("<header><h1>").append(Page.esc(lang.get("dash.runs.title")))
        .append("</h1><p class=\"meta\">").append(Page.esc(count))
        .append(kind.isEmpty() ? "" : " " + Page.pageLink("/", lang.get("dash.runs.showAll"), lang))
        .append("</p></header>\n");
    String title = lang.get("dash.runs.title");
    if (runs.isEmpty()) {
      b.append("<p class=\"empty\" id=\"no-runs\">")
          .append(Page.esc(lang.get("dash.runs.empty")).replace("{0}", "<code>versus demo</code>")
              .replace("{1}", "<code>versus bench</code>").replace("{2}", "<code>versus eval</code>"))
          .append("</p>\n");
      return Page.document(title, Page.bar(lang), b.toString(), lang);
    }
    compareForm(b, runs, preselected, lang);
    b.append("<div class=\"scroll\"><table id=\"runs\"><thead><tr>");
    for (String key : List.of("dash.col.started", "dash.col.run", "dash.col.kind", "dash.col.title",
        "dash.col.status", "col.source", "dash.col.length", "dash.col.open")) {
      b.append("<th>").append(Page.esc(lang.get(key))).append("</th>");
    }
    b.append("</tr></thead><tbody>\n");
    for (RunInfo run : runs) {
      String base = "/runs/" + run.id();
      b.append("<tr data-run=\"").append(Page.esc(run.id())).append("\"><td>")
          .append(Page.time(run.startedAt())).append("</td><td>")
          .append(Page.pageLink(base, run.id(), lang)).append("</td><td>")
          .append(Page.esc(run.kind()))
          .append("</td><td class=\"text\">").append(Page.esc(run.title())).append("</td><td>")
          .append(Page.statusBadge(run, lang)).append("</td><td>")
          .append(Page.simulatedBadge(run, lang)).append("</td><td>")
          .append(Page.duration(run, lang)).append("</td><td>")
          .append(Page.pageLink(base, lang.get("dash.link.report"), lang)).append(" · ")
          .append(Page.pageLink(base + "/claims", lang.get("dash.link.claims"), lang))
          .append(" · ")
          .append(Page.pageLink("/?a=" + run.id() + "#compare", lang.get("dash.link.compare"),
              lang))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n");
    return Page.document(title, Page.bar(lang), b.toString(), lang);
  }

  private static void compareForm(StringBuilder b, List<RunInfo> runs, String preselected,
      PageLanguage lang) {
    String first = preselected.isEmpty() ? runs.get(0).id() : preselected;
    b.append("<form class=\"compare\" id=\"compare\" method=\"get\" action=\"/compare\">");
    if (lang.explicit()) {
      b.append("<input type=\"hidden\" name=\"lang\" value=\"").append(lang.language().tag())
          .append("\">");
    }
    b.append("<label>").append(Page.esc(lang.get("dash.compare.first"))).append(' ')
        .append(select("a", runs, first))
        .append("</label><label>").append(Page.esc(lang.get("dash.compare.second"))).append(' ')
        .append(select("b", runs, runs.size() > 1 ? otherThan(runs, first) : ""))
        .append("</label><button type=\"submit\">")
        .append(Page.esc(lang.get("dash.compare.submit"))).append("</button></form>\n");
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
