package dev.versus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The chart specifications embedded in the HTML as JSON; {@code report/report.js} draws them with
 * Chart.js. Each spec names its canvas id, axis titles, datasets and a caption with its sources.
 */
final class HtmlCharts {
  static final List<String> PALETTE =
      List.of("#1f6fb4", "#d2452b", "#2b9a4a", "#8e5cc0", "#c98a10", "#138a9c");

  private HtmlCharts() {}

  /** Canvas ids of the performance charts for one load kind, in display order. */
  static List<String> performanceIds(LoadKind kind) {
    String k = kind.wireName();
    return List.of("cdf-ttft-" + k, "cdf-e2e-" + k, "ttft-" + k, "itl-" + k, "tput-" + k,
        "errors-" + k, "kv-" + k);
  }

  static ObjectNode specs(ReportModel model, Messages m) {
    ObjectNode root = JsonRenderer.mapper().createObjectNode();
    root.put("kneeLabel", m.get("chart.knee"));
    ArrayNode charts = root.putArray("charts");
    for (LoadKind kind : HtmlPerformance.kinds(model)) {
      cdf(charts, model, m, kind, LatencyMetric.TTFT);
      cdf(charts, model, m, kind, LatencyMetric.E2E);
      versusLoad(charts, model, m, kind, "ttft", LatencyMetric.TTFT);
      versusLoad(charts, model, m, kind, "itl", LatencyMetric.ITL);
      scalarVersusLoad(charts, model, m, kind, "tput", "chart.tput", "axis.outputTps",
          LevelResult::outputTokensPerSecond, l -> true, true);
      scalarVersusLoad(charts, model, m, kind, "errors", "chart.errors", "axis.errorRate",
          LevelResult::errorRatePercent, l -> true, false);
      if (HtmlPerformance.hasKv(model, kind)) {
        // Only levels where the gauge was scraped: a model without server metrics is left out, not drawn at 0.
        scalarVersusLoad(charts, model, m, kind, "kv", "chart.kv", "axis.kv",
            l -> l.serverPeak(HtmlPerformance.KV_METRIC).orElse(0),
            l -> l.serverPeak(HtmlPerformance.KV_METRIC).isPresent(), false);
      }
    }
    HtmlQualityCharts.add(charts, model, m);
    return root;
  }

  static String color(ReportModel model, String modelKey) {
    int index = model.models().indexOf(model.model(modelKey));
    return PALETTE.get(index % PALETTE.size());
  }

  private static ObjectNode chart(ArrayNode charts, String id, String type, String title) {
    ObjectNode chart = charts.addObject();
    chart.put("id", id);
    chart.put("type", type);
    chart.put("title", title);
    return chart;
  }

  private static String xTitle(Messages m, LoadKind kind) {
    return m.get(kind == LoadKind.CONCURRENCY ? "axis.concurrency" : "axis.rate");
  }

  private static void cdf(
      ArrayNode charts, ReportModel model, Messages m, LoadKind kind, LatencyMetric metric) {
    ObjectNode chart = chart(charts, "cdf-" + metric.wireName() + "-" + kind.wireName(), "line",
        m.format("chart.cdf", metric.name()));
    chart.put("xTitle", m.get("axis.latencyMs"));
    chart.put("yTitle", m.get("axis.fraction"));
    chart.put("xLog", true);
    ArrayNode datasets = chart.putArray("datasets");
    Set<String> keys = new TreeSet<>();
    boolean coarse = false;
    long n = 0;
    for (ModelInfo info : model.models()) {
      List<LevelResult> levels = HtmlPerformance.levels(model, info.key(), kind);
      for (int i = 0; i < levels.size(); i++) {
        LevelResult l = levels.get(i);
        if (!l.latency(metric).measured()) {
          continue;
        }
        keys.add(info.key());
        coarse |= !l.hasFineCdf(metric);
        n += l.latency(metric).count();
        ObjectNode dataset = datasets.addObject();
        dataset.put("label", info.label() + " " + l.level().label());
        dataset.put("color", color(model, info.key()));
        dataset.put("shade", levels.size() == 1 ? 1.0 : 0.35 + 0.65 * i / (levels.size() - 1));
        ArrayNode points = dataset.putArray("points");
        l.cdf(metric).forEach(p -> points.addArray().add(Math.max(p.valueMs(), 0.01)).add(p.fraction()));
      }
    }
    String caption = HtmlRenderer.sources(m, model, keys) + " · n = " + n;
    chart.put("caption", coarse ? caption + " · " + m.get("caption.coarseCdf") : caption);
  }

  private static void versusLoad(ArrayNode charts, ReportModel model, Messages m, LoadKind kind,
      String id, LatencyMetric metric) {
    ObjectNode chart = chart(charts, id + "-" + kind.wireName(), "line",
        m.format("chart.latencyVsLoad", metric.name()));
    chart.put("xTitle", xTitle(m, kind));
    chart.put("yTitle", m.get("axis.latencyMs"));
    chart.put("xLog", true);
    ArrayNode datasets = chart.putArray("datasets");
    for (ModelInfo info : model.models()) {
      List<LevelResult> levels = HtmlPerformance.levels(model, info.key(), kind).stream()
          .filter(l -> l.latency(metric).measured()).toList();
      if (levels.isEmpty()) {
        continue;
      }
      series(datasets, model, info, levels, " p50", l -> l.latency(metric).p50Ms(), false);
      series(datasets, model, info, levels, " p99", l -> l.latency(metric).p99Ms(), true);
      knee(datasets, model, m, info, levels, l -> l.latency(metric).p99Ms());
    }
    chart.put("caption", caption(model, m, kind, l -> l.latency(metric).measured()));
    levelTicks(chart, model, kind);
  }

  private static void scalarVersusLoad(ArrayNode charts, ReportModel model, Messages m,
      LoadKind kind, String id, String titleKey, String yKey, ToDoubleFunction<LevelResult> value,
      java.util.function.Predicate<LevelResult> include, boolean markKnee) {
    ObjectNode chart = chart(charts, id + "-" + kind.wireName(), "line", m.get(titleKey));
    chart.put("xTitle", xTitle(m, kind));
    chart.put("yTitle", m.get(yKey));
    chart.put("xLog", true);
    ArrayNode datasets = chart.putArray("datasets");
    for (ModelInfo info : model.models()) {
      List<LevelResult> levels = HtmlPerformance.levels(model, info.key(), kind).stream()
          .filter(include).toList();
      if (levels.isEmpty()) {
        continue;
      }
      series(datasets, model, info, levels, "", value, false);
      if (markKnee) {
        knee(datasets, model, m, info, levels, value);
      }
    }
    chart.put("caption", caption(model, m, kind, include));
    levelTicks(chart, model, kind);
  }

  private static void series(ArrayNode datasets, ReportModel model, ModelInfo info,
      List<LevelResult> levels, String suffix, ToDoubleFunction<LevelResult> value, boolean dashed) {
    ObjectNode dataset = datasets.addObject();
    dataset.put("label", info.label() + suffix);
    dataset.put("color", color(model, info.key()));
    dataset.put("dashed", dashed);
    ArrayNode points = dataset.putArray("points");
    levels.forEach(l -> points.addArray().add(l.level().value()).add(value.applyAsDouble(l)));
  }

  private static void knee(ArrayNode datasets, ReportModel model, Messages m, ModelInfo info,
      List<LevelResult> levels, ToDoubleFunction<LevelResult> value) {
    model.performance().kneeOf(info.key()).ifPresent(k -> {
      if (k instanceof Knee.Found found) {
        levels.stream().filter(l -> l.level().equals(found.highestWithinSlo())).findFirst()
            .ifPresent(l -> {
              ObjectNode dataset = datasets.addObject();
              dataset.put("label", m.get("chart.knee") + " " + info.label() + " " + l.level().label());
              dataset.put("color", color(model, info.key()));
              dataset.put("knee", true);
              dataset.putArray("points").addArray().add(l.level().value()).add(value.applyAsDouble(l));
            });
      }
    });
  }

  /** Ticks of the load axis at the levels that were tried, not at round numbers. */
  private static void levelTicks(ObjectNode chart, ReportModel model, LoadKind kind) {
    ArrayNode ticks = chart.putArray("xTicks");
    model.performance().levels().stream().filter(l -> l.level().kind() == kind)
        .map(l -> l.level().value()).distinct().sorted().forEach(ticks::add);
  }

  private static String caption(ReportModel model, Messages m, LoadKind kind,
      java.util.function.Predicate<LevelResult> include) {
    List<LevelResult> levels = model.performance().levels().stream()
        .filter(l -> l.level().kind() == kind).filter(include).toList();
    Set<String> keys = levels.stream().map(LevelResult::modelKey).collect(Collectors.toSet());
    String tokens = levels.stream().map(l -> m.get("tokens." + l.tokenSource().wireName()))
        .distinct().collect(Collectors.joining(", "));
    long n = levels.stream().mapToLong(LevelResult::requests).sum();
    return HtmlRenderer.sources(m, model, keys) + " · " + m.get("caption.tokens") + ": " + tokens
        + " · n = " + n + " " + m.get("caption.requests") + " · SLO: " + model.performance().slo();
  }
}
