package dev.versus.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an {@link EvalReport} as files: {@code summary.json} (schema {@value #SCHEMA}: per model
 * and suite the metric, {@code score}, {@code ci_low}, {@code ci_high}, {@code n}, {@code errors},
 * {@code cost}; per pair of models and suite the significance verdict; per judged suite the
 * {@code judges} that graded it and their rubric) and {@code cases.jsonl}
 * (one line per case result). Unknown numbers (a cost without a price, latency of cached answers)
 * are JSON {@code null}, never 0.
 */
public final class EvalOutput {
  /** The version tag of summary.json's layout. */
  public static final String SCHEMA = "versus.eval.summary/1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper LINES = new ObjectMapper();

  private EvalOutput() {}

  /**
   * Writes {@code summary.json} and {@code cases.jsonl} into {@code dir} (created if needed).
   *
   * @param runId the stored run's id, or {@code ""} when nothing was stored
   * @throws EvalException when the files cannot be written
   */
  public static void write(EvalReport report, String runId, boolean simulated, Path dir) {
    try {
      Files.createDirectories(dir);
      JSON.writeValue(dir.resolve("summary.json").toFile(), summary(report, runId, simulated));
      try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("cases.jsonl"),
          StandardCharsets.UTF_8);
          JsonGenerator g = LINES.getFactory().createGenerator(out)) {
        g.setRootValueSeparator(null);
        for (CaseResult r : report.results()) {
          caseLine(g, r);
          g.writeRaw('\n');
        }
      }
    } catch (IOException e) {
      throw new EvalException(dir + ": cannot write eval output: " + e.getMessage(), e);
    }
  }

  /** The summary as compact JSON text, for the run's stored summary. */
  public static String summaryJson(EvalReport report, String runId, boolean simulated) {
    return summary(report, runId, simulated).toString();
  }

  static ObjectNode summary(EvalReport report, String runId, boolean simulated) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("run_id", runId);
    root.put("simulated", simulated);
    ObjectNode settings = root.putObject("settings");
    settings.put("repeat", report.settings().repeats());
    settings.put("concurrency", report.settings().concurrency());
    settings.put("seed", report.settings().seed());
    settings.put("confidence", report.settings().confidence());
    settings.put("alpha", report.settings().alpha());
    report.models().forEach(root.putArray("models")::add);
    ArrayNode results = root.putArray("results");
    for (SuiteResult s : report.suites()) {
      ObjectNode n = results.addObject();
      n.put("model", s.model());
      n.put("suite", s.suite());
      n.put("metric", s.metric());
      n.put("score", s.score().estimate());
      n.put("ci_low", s.score().low());
      n.put("ci_high", s.score().high());
      n.put("confidence", s.score().confidence());
      n.put("n", s.cases());
      n.put("results", s.results());
      n.put("errors", s.errors());
      n.put("cached", s.cached());
      number(n, "cost", s.costUsd());
      number(n, "spent", s.spentUsd());
      n.put("pass_rate", s.summary().passRate().estimate());
      n.put("mean_score", s.summary().meanScore().estimate());
      ObjectNode latency = n.putObject("latency_ms");
      latency.put("count", s.latency().count());
      number(latency, "mean", s.latency().meanMs());
      number(latency, "p50", s.latency().p50Ms());
      number(latency, "p95", s.latency().p95Ms());
      number(latency, "max", s.latency().maxMs());
      if (s.consistency().isPresent()) {
        ObjectNode c = n.putObject("consistency");
        c.put("all_agree_rate", s.consistency().get().allAgreeRate());
        c.put("mean_pairwise_agreement", s.consistency().get().meanPairwiseAgreement());
      } else {
        n.putNull("consistency");
      }
    }
    judges(report, root.putArray("judges"));
    ArrayNode pairs = root.putArray("comparisons");
    for (PairResult p : report.pairs()) {
      ObjectNode n = pairs.addObject();
      n.put("suite", p.suite());
      n.put("model_a", p.modelA());
      n.put("model_b", p.modelB());
      n.put("n", p.pairs());
      n.put("test", p.verdict().method());
      n.put("p_value", p.verdict().pValue());
      n.put("alpha", p.verdict().alpha());
      n.put("difference", p.verdict().difference().estimate());
      n.put("difference_ci_low", p.verdict().difference().low());
      n.put("difference_ci_high", p.verdict().difference().high());
      n.put("significant", !p.better().isEmpty());
      if (p.better().isEmpty()) {
        n.putNull("better");
      } else {
        n.put("better", p.better());
      }
    }
    return root;
  }

  /** Which judge model (and rubric) graded each suite's judged cases, once per distinct pair. */
  private static void judges(EvalReport report, ArrayNode out) {
    java.util.Map<String, String> rubricOf = new java.util.LinkedHashMap<>();
    for (CaseResult r : report.results()) {
      String judge = r.score().details().getOrDefault("judge", "");
      if (!judge.isEmpty()) {
        rubricOf.putIfAbsent(r.suite() + "\n" + judge, r.score().details().getOrDefault("rubric", ""));
      }
    }
    rubricOf.forEach((key, rubric) -> {
      int cut = key.indexOf('\n');
      out.addObject().put("suite", key.substring(0, cut)).put("judge", key.substring(cut + 1))
          .put("rubric", rubric);
    });
  }

  /**
   * Writes one line of {@code cases.jsonl} (without the newline) straight to {@code g}: streamed,
   * not built as a tree, since a run writes one per result.
   */
  static void caseLine(JsonGenerator g, CaseResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("model", r.modelKey());
    g.writeStringField("suite", r.suite());
    g.writeStringField("case_id", r.caseId());
    g.writeNumberField("repeat", r.repeat());
    g.writeStringField("scorer", r.scorer());
    g.writeNumberField("score", r.score().value());
    g.writeBooleanField("passed", r.score().passed());
    g.writeStringField("extracted", r.score().extracted());
    g.writeStringField("reason", r.score().reason());
    if (!r.score().details().isEmpty()) {
      g.writeObjectFieldStart("details");
      for (var d : r.score().details().entrySet()) {
        g.writeStringField(d.getKey(), d.getValue());
      }
      g.writeEndObject();
    }
    g.writeStringField("expected", r.expected());
    g.writeStringField("response", r.response());
    g.writeStringField("prompt", r.prompt());
    g.writeFieldName("latency_ms");
    if (r.latencyNanos() < 0) {
      g.writeNull();
    } else {
      g.writeNumber(r.latencyNanos() / 1e6);
    }
    if (r.usage().present()) {
      g.writeNumberField("prompt_tokens", r.usage().promptTokens());
      g.writeNumberField("output_tokens", r.usage().outputTokens());
    } else {
      g.writeNullField("prompt_tokens");
      g.writeNullField("output_tokens");
    }
    g.writeFieldName("cost");
    if (Double.isFinite(r.costUsd())) {
      g.writeNumber(r.costUsd());
    } else {
      g.writeNull();
    }
    g.writeBooleanField("cached", r.cached());
    g.writeNumberField("attempts", r.attempts());
    g.writeStringField("error_class", r.errorClass());
    g.writeStringField("error", r.errorMessage());
    g.writeEndObject();
  }

  private static void number(ObjectNode n, String field, double value) {
    if (Double.isFinite(value)) {
      n.put(field, value);
    } else {
      n.putNull(field);
    }
  }
}
