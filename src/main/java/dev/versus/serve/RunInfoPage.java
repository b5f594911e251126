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

  static String render(RunInfo run, String reason) {
    StringBuilder b = new StringBuilder(8 * 1024);
    b.append("<header><h1>").append(Page.esc(run.title().isBlank() ? run.id() : run.title()))
        .append("</h1><p class=\"notice\" id=\"no-report\">No report for this run: ")
        .append(Page.esc(reason))
        .append(" Below is what the store records about it, as stored.</p></header>\n")
        .append("<dl class=\"facts\"><dt>Run</dt><dd>").append(Page.esc(run.id()))
        .append("</dd><dt>Kind</dt><dd>").append(Page.esc(run.kind()))
        .append("</dd><dt>Status</dt><dd>").append(Page.statusBadge(run))
        .append("</dd><dt>Source</dt><dd>")
        .append(run.simulated() ? Page.simulatedBadge(run) : "real endpoints")
        .append("</dd><dt>Started</dt><dd>").append(Page.time(run.startedAt()))
        .append("</dd><dt>Finished</dt><dd>")
        .append(run.finishedAt().map(Page::time).orElse("not yet"))
        .append("</dd><dt>Length</dt><dd>").append(Page.duration(run))
        .append("</dd><dt>Shards</dt><dd>").append(run.shardCount()).append("</dd></dl>\n");
    b.append("<section id=\"summary\"><h2>Summary (stored JSON)</h2>")
        .append(json(run.summaryJson(), "no summary stored yet"))
        .append("</section>\n<section id=\"config\"><details><summary>Configuration (stored"
            + " JSON)</summary>").append(json(run.configJson(), "no configuration stored"))
        .append("</details></section>\n");
    String bar = Page.bar("<span class=\"sep\">run</span><b>" + Page.esc(run.id()) + "</b>",
        Page.statusBadge(run) + Page.simulatedBadge(run));
    return Page.document(run.id(), bar, b.toString());
  }

  private static String json(String text, String whenEmpty) {
    if (text.isBlank()) {
      return "<p class=\"empty\">" + whenEmpty + "</p>";
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
