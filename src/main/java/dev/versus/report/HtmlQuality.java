package dev.versus.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The quality section of the HTML report: scores with intervals, significance, consistency. */
final class HtmlQuality {
  private HtmlQuality() {}

  static void section(Html h, Messages m, ReportModel model, JsonNode specs) {
    Quality q = model.quality();
    h.raw("<section id=\"quality\">\n").el("h2", "", m.get("quality.title")).raw("\n");
    if (q.scores().isEmpty()) {
      h.el("p", "empty", m.get("quality.none")).raw("</section>\n");
      return;
    }
    h.raw("<div class=\"charts\">\n");
    HtmlQualityCharts.figure(h, specs, "quality");
    h.raw("</div>\n");
    h.tableStart(m.get("quality.scores"), List.of(m.get("col.suite"), m.get("col.metric"),
        m.get("col.model"), m.get("col.source"), m.get("col.score"), m.get("col.ci"), "n",
        m.get("col.errors"), m.get("col.costUsd")));
    for (String suite : q.suites()) {
      for (ModelInfo info : model.models()) {
        q.score(info.key(), suite).ifPresent(s -> {
          h.raw("<tr>").cells(List.of(suite, s.metric() + (s.higherIsBetter() ? " ↑" : " ↓")))
              .raw("<td>").raw(Html.modelName(info)).raw("</td><td>")
              .raw(HtmlRenderer.sourceBadge(m, info.endpoint())).raw("</td>");
          h.cells(List.of(Fmt.score(s.score()),
              "[" + Fmt.score(s.ciLow()) + ", " + Fmt.score(s.ciHigh()) + "] "
                  + Fmt.fixed(100 * s.confidence(), 0) + "%",
              Long.toString(s.n()), Long.toString(s.errors()), Fmt.usd(s.costUsd())));
          h.raw("</tr>\n");
        });
      }
    }
    h.tableEnd();
    for (SuiteJudge j : q.judges()) {
      h.el("p", "note", m.format("quality.judge", j.suite(), j.judge(), j.rubric())).raw("\n");
    }
    if (!q.comparisons().isEmpty()) {
      h.tableStart(m.get("quality.significance"), List.of(m.get("col.suite"), m.get("col.verdict"),
          m.get("col.test"), "p", "α", m.get("col.pairs")));
      for (PairwiseComparison c : q.comparisons()) {
        String kind = c.verdict() == PairwiseVerdict.NO_SIGNIFICANT_DIFFERENCE ? "inconclusive" : "verified";
        h.raw("<tr><td>").text(c.suite()).raw("</td><td>")
            .raw(Html.badge(kind, Sentences.pairwise(m, model, c).replaceAll(" \\(.*\\)$", "")))
            .raw("</td>").cells(List.of(c.test(), Fmt.pValue(c.pValue()), Fmt.trim(c.alpha()),
                Long.toString(c.pairs()))).raw("</tr>\n");
      }
      h.tableEnd();
    }
    if (!q.consistency().isEmpty()) {
      h.tableStart(m.get("quality.consistency"), List.of(m.get("col.suite"), m.get("col.model"),
          m.get("col.repeats"), m.get("col.agreement"), m.get("col.ci"), m.get("col.cases")));
      for (Consistency c : q.consistency()) {
        h.row(List.of(c.suite(), model.model(c.modelKey()).label(), Integer.toString(c.repeats()),
            Fmt.score(c.agreement()), "[" + Fmt.score(c.ciLow()) + ", " + Fmt.score(c.ciHigh()) + "]",
            Long.toString(c.cases())));
      }
      h.tableEnd();
    }
    h.raw("</section>\n");
  }
}
