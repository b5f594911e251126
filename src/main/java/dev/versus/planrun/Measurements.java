package dev.versus.planrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.versus.store.EvalResultRow;
import java.util.List;
import java.util.Objects;

/**
 * What a plan run measured, as stored: the bench summary document, the eval summary document and
 * the eval's per-case rows. A part that was not run is a {@link MissingNode} or an empty list.
 *
 * @param bench the bench run's summary ({@code versus bench} summary.json, version 1)
 * @param eval the eval run's summary ({@code versus.eval.summary/1})
 * @param evalRows every case result of the eval run
 */
record Measurements(JsonNode bench, JsonNode eval, List<EvalResultRow> evalRows) {
  Measurements {
    Objects.requireNonNull(bench, "bench");
    Objects.requireNonNull(eval, "eval");
    evalRows = List.copyOf(evalRows);
  }

  /** The bench summary's entry of one model, or a missing node. */
  JsonNode benchModel(String key) {
    for (JsonNode m : bench.path("models")) {
      if (m.path("model").asText().equals(key)) {
        return m;
      }
    }
    return MissingNode.getInstance();
  }

  /** The eval summary's result of one model on one suite, or a missing node. */
  JsonNode evalResult(String key, String suite) {
    for (JsonNode r : eval.path("results")) {
      if (r.path("model").asText().equals(key) && r.path("suite").asText().equals(suite)) {
        return r;
      }
    }
    return MissingNode.getInstance();
  }

  /** The eval rows of one model on one suite. */
  List<EvalResultRow> rows(String key, String suite) {
    return evalRows.stream()
        .filter(r -> r.modelKey().equals(key) && r.suite().equals(suite))
        .toList();
  }
}
