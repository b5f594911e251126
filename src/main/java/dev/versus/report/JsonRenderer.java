package dev.versus.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON form, schema {@value ReportModel#SCHEMA} (resource {@code report/report.schema.json}).
 * Field names are snake_case; the language only affects {@code report_language}.
 */
final class JsonRenderer implements ReportRenderer {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String render(ReportModel model, ReportLanguage language) {
    try {
      return MAPPER.writeValueAsString(tree(model, language)) + "\n";
    } catch (JsonProcessingException e) {
      throw new ReportException("cannot write the JSON report", e);
    }
  }

  /** The whole report as a tree; the HTML renderer embeds parts of it for its charts. */
  static ObjectNode tree(ReportModel model, ReportLanguage language) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", ReportModel.SCHEMA);
    root.put("title", model.title());
    root.put("generated_at", model.generatedAt().toString());
    model.runIds().forEach(root.putArray("run_ids")::add);
    root.put("workload_language", model.workloadLanguage());
    root.put("report_language", language.tag());
    ArrayNode models = root.putArray("models");
    model.models().forEach(m -> models.add(model(m)));
    root.set("performance", JsonPerformance.performance(MAPPER, model.performance()));
    root.set("quality", JsonQuality.quality(MAPPER, model.quality()));
    ArrayNode costs = root.putArray("costs");
    model.costs().forEach(c -> costs.add(JsonQuality.cost(MAPPER, c)));
    ArrayNode claims = root.putArray("claims");
    model.claims().forEach(c -> claims.add(JsonQuality.claim(MAPPER, c)));
    ArrayNode thresholds = root.putArray("thresholds");
    for (ThresholdCheck t : model.thresholds()) {
      ObjectNode node = thresholds.addObject();
      node.put("id", t.id());
      node.put("description", t.description());
      node.put("observed", t.observed());
      node.put("limit", t.limit());
      node.put("unit", t.unit());
      node.put("passed", t.passed());
    }
    return root;
  }

  private static ObjectNode model(ModelInfo m) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("key", m.key());
    node.put("label", m.label());
    node.put("reference", m.reference());
    node.put("provider", m.provider());
    node.put("endpoint", m.endpoint().wireName());
    ObjectNode price = node.putObject("price");
    switch (m.price()) {
      case Price.PerMillionTokens p -> {
        price.put("kind", "per_million_tokens");
        price.put("input_usd", p.inputUsd());
        price.put("output_usd", p.outputUsd());
      }
      case Price.Unpriced u -> price.put("kind", "unpriced");
    }
    return node;
  }

  static ObjectNode numbers(ObjectMapper mapper, Map<String, Double> values) {
    ObjectNode node = mapper.createObjectNode();
    new TreeMap<>(values).forEach(node::put);
    return node;
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
