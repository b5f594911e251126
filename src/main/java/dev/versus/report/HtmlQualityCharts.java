package dev.versus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Chart specs for quality (per suite, with interval error bars) and cost, and figure markup. */
final class HtmlQualityCharts {
  private HtmlQualityCharts() {}

  static void add(ArrayNode charts, ReportModel model, Messages m) {
    Quality q = model.quality();
    if (!q.scores().isEmpty()) {
      ObjectNode chart = charts.addObject();
      chart.put("id", "quality");
      chart.put("type", "bar");
      chart.put("title", m.get("chart.quality"));
      chart.put("yTitle", m.get("axis.score"));
      List<String> suites = q.suites();
      suites.forEach(chart.putArray("categories")::add);
      ArrayNode datasets = chart.putArray("datasets");
      for (ModelInfo info : model.models()) {
        ObjectNode dataset = datasets.addObject();
        dataset.put("label", info.label());
        dataset.put("color", HtmlCharts.color(model, info.key()));
        ArrayNode values = dataset.putArray("values");
        ArrayNode errors = dataset.putArray("errors");
        for (String suite : suites) {
          Optional<SuiteScore> score = q.score(info.key(), suite);
          if (score.isPresent()) {
            values.add(score.get().score());
            errors.addArray().add(score.get().ciLow()).add(score.get().ciHigh());
          } else {
            values.addNull();
            errors.addNull();
          }
        }
      }
      Set<String> keys = q.scores().stream().map(SuiteScore::modelKey).collect(Collectors.toSet());
      double confidence = q.scores().getFirst().confidence();
      long n = q.scores().stream().mapToLong(SuiteScore::n).sum();
      chart.put("caption", HtmlRenderer.sources(m, model, keys) + " · "
          + m.format("caption.ci", Fmt.fixed(100 * confidence, 0)) + " · n = " + n + " · "
          + m.get("caption.lowerIsBetter"));
    }
    if (!model.costs().isEmpty()) {
      ObjectNode chart = charts.addObject();
      chart.put("id", "cost");
      chart.put("type", "bar");
      chart.put("title", m.get("chart.cost"));
      chart.put("yTitle", m.get("axis.usdPer1k"));
      ArrayNode categories = chart.putArray("categories");
      ObjectNode dataset = chart.putArray("datasets").addObject();
      dataset.put("label", m.get("axis.usdPer1k"));
      ArrayNode values = dataset.putArray("values");
      ArrayNode colors = dataset.putArray("colors");
      for (CostEstimate cost : model.costs()) {
        categories.add(model.model(cost.modelKey()).label() + " (" + basis(m, cost) + ")");
        values.add(cost.usdPer1kRequests());
        colors.add(HtmlCharts.color(model, cost.modelKey()));
      }
      Set<String> keys = model.costs().stream().map(CostEstimate::modelKey).collect(Collectors.toSet());
      chart.put("caption", HtmlRenderer.sources(m, model, keys) + " · " + m.get("caption.cost"));
    }
  }

  static String basis(Messages m, CostEstimate cost) {
    return switch (cost) {
      case CostEstimate.ApiPrice a -> m.get("cost.basis.api");
      case CostEstimate.SelfHosted s -> m.get("cost.basis.selfHosted");
    };
  }

  /** Writes the figure for a chart id, or nothing when there is no such chart. */
  static void figure(Html h, JsonNode specs, String id) {
    for (JsonNode chart : specs.path("charts")) {
      if (chart.path("id").asText().equals(id)) {
        h.raw("<figure class=\"chart\"><figcaption class=\"title\">").text(chart.path("title").asText())
            .raw("</figcaption><div class=\"canvas-box\"><canvas id=\"chart-").text(id)
            .raw("\" role=\"img\" aria-label=\"").text(chart.path("title").asText())
            .raw("\"></canvas></div><p class=\"source\">").text(chart.path("caption").asText())
            .raw("</p></figure>\n");
      }
    }
  }
}
