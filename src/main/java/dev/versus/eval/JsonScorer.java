package dev.versus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * JSON output. {@code is-json}: the whole response is JSON; {@code json} / {@code contains-json}:
 * a JSON object or array appears in it (prose and code fences allowed); {@code json-schema}: such
 * JSON satisfies option {@code schema} (a JSON Schema subset, see {@link JsonSchemaCheck}). The
 * other variants also check {@code schema} when given.
 */
final class JsonScorer implements Scorer {
  private final boolean wholeResponse;
  private final boolean schemaRequired;

  JsonScorer(boolean wholeResponse, boolean schemaRequired) {
    this.wholeResponse = wholeResponse;
    this.schemaRequired = schemaRequired;
  }

  @Override
  public void validate(EvalCase c) {
    Optional<JsonNode> schema = schema(c);
    if (schemaRequired && schema.isEmpty()) {
      throw new EvalException("case " + c.id() + ": scorer '" + c.scorer()
          + "' needs option 'schema' (a JSON Schema object)");
    }
  }

  @Override
  public Score score(String response, EvalCase c) {
    var empty = Responses.emptyFailure(response);
    if (empty.isPresent()) {
      return empty.get();
    }
    Optional<JsonNode> json;
    if (wholeResponse) {
      json = JsonExtraction.isJson(response) ? parse(response) : Optional.empty();
    } else {
      json = JsonExtraction.first(response);
    }
    if (json.isEmpty()) {
      return Score.fail("", (wholeResponse ? "response is not valid JSON: '" : "no JSON found in '")
          + TextNormalizer.preview(response) + "'");
    }
    String shown = json.get().toString();
    Optional<JsonNode> schema = schema(c);
    if (schema.isPresent()) {
      List<String> violations = JsonSchemaCheck.violations(json.get(), schema.get());
      if (!violations.isEmpty()) {
        return Score.fail(shown, "schema violations: " + String.join("; ", violations));
      }
      return Score.pass(shown, "valid JSON matching the schema");
    }
    return Score.pass(shown, "valid JSON");
  }

  private static Optional<JsonNode> parse(String text) {
    try {
      return Optional.of(JsonExtraction.MAPPER.readTree(text.strip()));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> schema(EvalCase c) {
    Optional<Object> raw = c.options().raw("schema");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    JsonNode node;
    if (raw.get() instanceof String s) {
      node = parse(s).orElseThrow(() -> new EvalException(
          "case " + c.id() + ": option 'schema' is not valid JSON"));
    } else {
      node = JsonExtraction.MAPPER.valueToTree(raw.get());
    }
    if (!node.isObject()) {
      throw new EvalException("case " + c.id() + ": option 'schema' must be a JSON object");
    }
    return Optional.of(node);
  }
}
