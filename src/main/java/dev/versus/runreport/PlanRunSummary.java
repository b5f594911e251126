package dev.versus.runreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.report.Claim;
import dev.versus.report.ClaimVerdict;
import dev.versus.report.EndpointKind;
import dev.versus.report.Evidence;
import dev.versus.report.Price;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The stored summary of a plan run ({@code versus run}, {@code versus demo}; schema {@value
 * #SCHEMA}): the plan's models with their prices, the ids of the bench and eval runs that hold its
 * measurements, and the claims with their verdicts and evidence.
 *
 * @param title the plan's title
 * @param language the workload's language tag, e.g. {@code es}
 * @param models the plan's models in order
 * @param benchRunIds the bench runs of the performance part (one, or one per model when the models
 *     were loaded side by side); empty when none (yet)
 * @param evalRunId the eval run of the quality part, or {@code ""} when none (yet)
 * @param claims the judged claims, in plan order
 */
public record PlanRunSummary(
    String title,
    String language,
    List<PlanModel> models,
    List<String> benchRunIds,
    String evalRunId,
    List<Claim> claims) {

  /** The version tag of the document. */
  public static final String SCHEMA = "versus.plan.run/1";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  public PlanRunSummary {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    models = List.copyOf(models);
    benchRunIds = List.copyOf(benchRunIds);
    Objects.requireNonNull(evalRunId, "evalRunId");
    claims = List.copyOf(claims);
  }

  /**
   * One model of the plan.
   *
   * @param key the plan's key, also the key its bench and eval runs store it under
   * @param reference e.g. {@code sim:gemini-2.5-flash}
   * @param simulated whether it is the built-in simulator
   * @param price its list price, or unpriced
   */
  public record PlanModel(String key, String reference, boolean simulated, Price price) {
    public PlanModel {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(price, "price");
    }
  }

  /** The same summary with other run ids and claims. */
  public PlanRunSummary with(List<String> bench, String eval, List<Claim> judged) {
    return new PlanRunSummary(title, language, models, bench, eval, judged);
  }

  /** The document as JSON. */
  public ObjectNode toJson() {
    ObjectNode o = JSON.objectNode();
    o.put("schema", SCHEMA);
    o.put("title", title);
    o.put("language", language);
    o.put("simulated", models.stream().anyMatch(PlanModel::simulated));
    benchRunIds.forEach(o.putArray("bench_runs")::add);
    o.put("eval_run", evalRunId);
    ArrayNode ms = o.putArray("models");
    for (PlanModel m : models) {
      ObjectNode n = ms.addObject();
      n.put("key", m.key()).put("reference", m.reference()).put("simulated", m.simulated());
      if (m.price() instanceof Price.PerMillionTokens p) {
        n.putObject("price").put("input_per_million", p.inputUsd())
            .put("output_per_million", p.outputUsd());
      } else {
        n.putNull("price");
      }
    }
    ArrayNode cs = o.putArray("claims");
    for (Claim c : claims) {
      ObjectNode n = cs.addObject();
      n.put("id", c.id()).put("text", c.text()).put("expression", c.expression())
          .put("verdict", c.verdict().wireName()).put("reason", c.reason());
      ArrayNode ev = n.putArray("evidence");
      for (Evidence e : c.evidence()) {
        ev.addObject().put("name", e.name()).put("value", e.value()).put("low", e.low())
            .put("high", e.high()).put("unit", e.unit()).put("endpoint", e.endpoint().wireName())
            .put("source", e.source());
      }
      c.notes().forEach(n.putArray("notes")::add);
    }
    return o;
  }

  /** Reads a document written by {@link #toJson()}. */
  public static PlanRunSummary fromJson(JsonNode o) {
    if (!SCHEMA.equals(o.path("schema").asText())) {
      throw new RunReportException("not a plan run summary (schema '" + o.path("schema").asText()
          + "', expected " + SCHEMA + ")");
    }
    List<PlanModel> models = new ArrayList<>();
    for (JsonNode n : o.path("models")) {
      JsonNode p = n.path("price");
      Price price = p.isObject()
          ? new Price.PerMillionTokens(p.path("input_per_million").asDouble(),
              p.path("output_per_million").asDouble())
          : Price.unpriced();
      models.add(new PlanModel(n.path("key").asText(), n.path("reference").asText(),
          n.path("simulated").asBoolean(), price));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode n : o.path("claims")) {
      List<Evidence> evidence = new ArrayList<>();
      for (JsonNode e : n.path("evidence")) {
        evidence.add(new Evidence(e.path("name").asText(), e.path("value").asDouble(),
            e.path("low").asDouble(), e.path("high").asDouble(), e.path("unit").asText(),
            EndpointKind.valueOf(e.path("endpoint").asText().toUpperCase(Locale.ROOT)),
            e.path("source").asText()));
      }
      List<String> notes = new ArrayList<>();
      n.path("notes").forEach(x -> notes.add(x.asText()));
      claims.add(new Claim(n.path("id").asText(), n.path("text").asText(),
          n.path("expression").asText(),
          ClaimVerdict.valueOf(n.path("verdict").asText().toUpperCase(Locale.ROOT)),
          n.path("reason").asText(), evidence, notes));
    }
    List<String> benchRuns = new ArrayList<>();
    o.path("bench_runs").forEach(id -> benchRuns.add(id.asText()));
    return new PlanRunSummary(o.path("title").asText(), o.path("language").asText(), models,
        benchRuns, o.path("eval_run").asText(), claims);
  }
}
