package dev.versus.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ErrorClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The performance section of the HTML report: charts, knees, summary and detail tables. */
final class HtmlPerformance {
  /** vLLM's KV cache usage gauge (0 to 1), also exported by the simulator. */
  static final String KV_METRIC = "vllm:kv_cache_usage_perc";

  private HtmlPerformance() {}

  static List<LoadKind> kinds(ReportModel model) {
    return model.performance().levels().stream().map(l -> l.level().kind()).distinct().sorted()
        .toList();
  }

  static List<LevelResult> levels(ReportModel model, String key, LoadKind kind) {
    return model.performance().levelsOf(key).stream().filter(l -> l.level().kind() == kind).toList();
  }

  static boolean hasKv(ReportModel model, LoadKind kind) {
    return model.performance().levels().stream()
        .anyMatch(l -> l.level().kind() == kind && l.serverPeak(KV_METRIC).isPresent());
  }

  static void section(Html h, Messages m, ReportModel model, JsonNode specs) {
    Performance p = model.performance();
    h.raw("<section id=\"performance\">\n").el("h2", "", m.get("perf.title")).raw("\n");
    if (p.levels().isEmpty()) {
      h.el("p", "empty", m.get("perf.none")).raw("</section>\n");
      return;
    }
    h.el("p", "", m.format("perf.slo", p.slo()) + " · " + m.format("perf.window",
        Fmt.trim(p.durationSeconds()), Fmt.trim(p.warmupSeconds()))).raw("\n");
    h.raw("<ul class=\"knees\">");
    for (ModelInfo info : model.models()) {
      p.kneeOf(info.key()).ifPresent(k -> h.raw("<li>").raw(Html.badge("knee", m.get("chart.knee")))
          .raw(" <strong>").text(info.label()).raw("</strong>: ").text(Sentences.knee(m, k))
          .raw("</li>"));
    }
    h.raw("</ul>\n<div class=\"charts\">\n");
    for (LoadKind kind : kinds(model)) {
      HtmlCharts.performanceIds(kind).forEach(id -> HtmlQualityCharts.figure(h, specs, id));
    }
    h.raw("</div>\n");
    summary(h, m, model);
    distributions(h, m, model);
    serverMetrics(h, m, model);
    h.raw("</section>\n");
  }

  private static void summary(Html h, Messages m, ReportModel model) {
    h.tableStart(m.get("perf.summary"), List.of(m.get("col.model"), m.get("col.source"),
        m.get("col.level"), m.get("col.requests"), m.get("col.errors"), m.get("col.errorRate"),
        "TTFT p50", "TTFT p99", "ITL p50", "ITL p99", "TPOT p50", "E2E p50", "E2E p99",
        m.get("col.outputTps"), m.get("col.peakTps"), m.get("col.rps"), m.get("col.goodput"),
        m.get("col.tokens")));
    for (ModelInfo info : model.models()) {
      for (LevelResult l : model.performance().levelsOf(info.key())) {
        h.raw("<tr><td>").raw(Html.modelName(info)).raw("</td><td>")
            .raw(HtmlRenderer.sourceBadge(m, info.endpoint())).raw("</td>");
        List<String> cells = new ArrayList<>(List.of(l.level().label(), Long.toString(l.requests()),
            errors(l), Fmt.percent(l.errorRatePercent())));
        cells.add(ms(l, LatencyMetric.TTFT, false));
        cells.add(ms(l, LatencyMetric.TTFT, true));
        cells.add(ms(l, LatencyMetric.ITL, false));
        cells.add(ms(l, LatencyMetric.ITL, true));
        cells.add(ms(l, LatencyMetric.TPOT, false));
        cells.add(ms(l, LatencyMetric.E2E, false));
        cells.add(ms(l, LatencyMetric.E2E, true));
        cells.add(Fmt.rate(l.outputTokensPerSecond()));
        cells.add(Fmt.rate(l.peakOutputTokensPerSecond()));
        cells.add(Fmt.fixed(l.requestsPerSecond(), 2));
        cells.add(Fmt.percent(l.goodputPercent()));
        cells.add(m.get("tokens." + l.tokenSource().wireName()));
        h.cells(cells).raw("</tr>\n");
      }
    }
    h.tableEnd();
    h.el("p", "source", m.get("perf.units")).raw("\n");
  }

  private static String ms(LevelResult l, LatencyMetric metric, boolean p99) {
    Distribution d = l.latency(metric);
    return d.measured() ? Fmt.ms(p99 ? d.p99Ms() : d.p50Ms()) : "–";
  }

  private static String errors(LevelResult l) {
    if (l.failedRequests() == 0) {
      return "0";
    }
    return new TreeMap<ErrorClass, Long>(l.errors()).entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> e.getKey().wireName() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static void distributions(Html h, Messages m, ReportModel model) {
    h.raw("<details><summary>").text(m.get("perf.distributions")).raw("</summary>\n");
    h.tableStart("", List.of(m.get("col.model"), m.get("col.level"), m.get("col.metric"), "n",
        "p50", "p90", "p95", "p99", "p99.9", m.get("col.mean"), m.get("col.stddev"), "min", "max"));
    for (ModelInfo info : model.models()) {
      for (LevelResult l : model.performance().levelsOf(info.key())) {
        for (LatencyMetric metric : LatencyMetric.values()) {
          Distribution d = l.latency(metric);
          h.row(List.of(info.label(), l.level().label(), metric.name(), Long.toString(d.count()),
              Fmt.ms(d.p50Ms()), Fmt.ms(d.p90Ms()), Fmt.ms(d.p95Ms()), Fmt.ms(d.p99Ms()),
              Fmt.ms(d.p999Ms()), Fmt.ms(d.meanMs()), Fmt.ms(d.stddevMs()), Fmt.ms(d.minMs()), Fmt.ms(d.maxMs())));
        }
      }
    }
    h.tableEnd().raw("</details>\n");
  }

  private static void serverMetrics(Html h, Messages m, ReportModel model) {
    TreeSet<String> names = new TreeSet<>();
    model.performance().levels().forEach(l -> l.serverSamples().forEach(s -> names.addAll(s.values().keySet())));
    if (names.isEmpty()) {
      return;
    }
    List<String> headers = new ArrayList<>(List.of(m.get("col.model"), m.get("col.level"), m.get("col.samples")));
    names.forEach(n -> headers.add(n + " (" + m.get("col.max") + ")"));
    h.tableStart(m.get("perf.server"), headers);
    for (ModelInfo info : model.models()) {
      for (LevelResult l : model.performance().levelsOf(info.key())) {
        if (l.serverSamples().isEmpty()) {
          continue;
        }
        List<String> cells = new ArrayList<>(List.of(info.label(), l.level().label(),
            Integer.toString(l.serverSamples().size())));
        names.forEach(n -> cells.add(l.serverPeak(n).stream().mapToObj(Fmt::figure).findFirst().orElse("–")));
        h.row(cells);
      }
    }
    h.tableEnd();
    h.el("p", "source", m.get("perf.serverSource")).raw("\n");
  }
}
