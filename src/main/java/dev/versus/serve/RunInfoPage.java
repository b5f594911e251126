package dev.versus.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.RunInfo;

/**
 * A run with no report: what the store knows about it (title, kind, status, times, summary and
 * configuration JSON), under a notice saying why there is no report.
 */
final class RunInfoPage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunInfoPage() {}

  static String render(RunInfo run, String reason, PageLanguage lang) {
    StringBuilder b = new StringBuilder(8 * 1024);
    b.append("<header><h1>").append(Page.esc(run.title().isBlank() ? run.id() : run.title()))
        .append("</h1><p class=\"notice\" id=\"no-report\">")
        .append(Page.esc(lang.format("dash.info.noReport", reason))).append("</p></header>\n")
        .append("<dl class=\"facts\">")
        .append(fact(lang.get("dash.col.run"), Page.esc(run.id())))
        .append(fact(lang.get("dash.col.kind"), Page.esc(run.kind())))
        .append(fact(lang.get("dash.col.status"), Page.statusBadge(run, lang)))
        .append(fact(lang.get("col.source"), run.simulated() ? Page.simulatedBadge(run, lang)
            : Page.esc(lang.get("dash.info.source.real"))))
        .append(fact(lang.get("dash.col.started"), Page.time(run.startedAt())))
        .append(fact(lang.get("dash.info.finished"),
            run.finishedAt().map(Page::time).orElse(Page.esc(lang.get("dash.info.notYet")))))
        .append(fact(lang.get("dash.col.length"), Page.esc(Page.duration(run, lang))))
        .append(fact(lang.get("dash.info.shards"), Integer.toString(run.shardCount())))
        .append("</dl>\n");
    b.append("<section id=\"summary\"><h2>").append(Page.esc(lang.get("dash.info.summary")))
        .append("</h2>").append(json(run.summaryJson(), lang.get("dash.info.noSummary")))
        .append("</section>\n<section id=\"config\"><details><summary>")
        .append(Page.esc(lang.get("dash.info.config"))).append("</summary>")
        .append(json(run.configJson(), lang.get("dash.info.noConfig")))
        .append("</details></section>\n");
    String bar = Page.bar(lang,
        "<span class=\"sep\">" + Page.esc(lang.get("dash.bar.run")) + "</span><b>"
            + Page.esc(run.id()) + "</b>",
        Page.statusBadge(run, lang) + Page.simulatedBadge(run, lang));
    return Page.document(run.id(), bar, b.toString(), lang);
  }

  /** One term and its value (markup). */
  private static String fact(String term, String valueMarkup) {
    return "<dt>" + Page.esc(term) + "</dt><dd>" + valueMarkup + "</dd>";
  }

  private static String json(String text, String whenEmpty) {
    if (text.isBlank()) {
      return "<p class=\"empty\">" + Page.esc(whenEmpty) + "</p>";
    }
    String pretty;
    try {
      pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      pretty = text; // shown as stored: the page is about what is in the store
    }
    return "<pre class=\"json\">" + Page.esc(pretty) + "</pre>";
  }
}
