package dev.versus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ConfigDocument;
import dev.versus.report.ClaimVerdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code claims} list: each item an expression string, a map {@code {id, text, expr, note}},
 * a fact {@code {id, text, fact: refuted, source}}, or {@code {include: article}} for the article's
 * built-in claims. Errors in an expression name the claim's line and the column in the expression.
 */
final class ClaimsReader {
  private static final Set<String> KEYS =
      Set.of("id", "text", "expr", "note", "fact", "source", "include");

  private final ConfigDocument doc;
  private final Fields fields;
  private final MetricCatalog catalog = MetricCatalog.standard();

  ClaimsReader(ConfigDocument doc, Fields fields) {
    this.doc = doc;
    this.fields = fields;
  }

  /** Reads and checks the claims at {@code path}; {@code plan} given, they are checked against it. */
  List<PlanClaim> read(JsonNode node, String path, Optional<Plan> plan) {
    List<PlanClaim> claims = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return claims;
    }
    if (!node.isArray()) {
      throw doc.error(path, "expected a list of claims (expressions, or { id, text, expr, note })");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String at = path + "[" + i + "]";
      List<PlanClaim> read = item(node.get(i), at, "c" + (i + 1), plan);
      for (PlanClaim claim : read) {
        if (!ids.add(claim.id())) {
          throw doc.error(at, "claim id '" + claim.id() + "' is used twice");
        }
      }
      claims.addAll(read);
    }
    return claims;
  }

  List<PlanClaim> read(JsonNode node, String path, Plan plan) {
    return read(node, path, Optional.of(plan));
  }

  private List<PlanClaim> item(JsonNode item, String at, String defaultId, Optional<Plan> plan) {
    if (item.isValueNode()) {
      String text = item.asText();
      return List.of(new PlanClaim.Measurable(defaultId, text, expression(text, at, plan), List.of()));
    }
    fields.keys(item, at, KEYS);
    if (item.has("include")) {
      return include(item, at, plan);
    }
    String id = fields.text(item, at, "id", defaultId);
    if (!id.matches("[A-Za-z0-9_.-]+")) {
      throw doc.error(at + ".id", "expected letters, digits, '-', '_' or '.', got '" + id + "'");
    }
    List<String> notes = fields.texts(item, at, "note", "a note (text)");
    if (item.has("fact") == item.has("expr")) {
      throw doc.error(at, "give either expr (a condition over measured figures) or fact (a fixed"
          + " verdict with its source)");
    }
    if (item.has("expr")) {
      String expr = fields.required(item, at, "expr", "a condition such as flash.ttft.p50 < 1s");
      String text = fields.text(item, at, "text", expr);
      return List.of(new PlanClaim.Measurable(id, text, expression(expr, at + ".expr", plan), notes));
    }
    String verdict = fields.text(item, at, "fact", "").toLowerCase(Locale.ROOT);
    ClaimVerdict fixed = switch (verdict) {
      case "verified" -> ClaimVerdict.VERIFIED;
      case "refuted" -> ClaimVerdict.REFUTED;
      case "inconclusive" -> ClaimVerdict.INCONCLUSIVE;
      default -> throw doc.error(at + ".fact", "expected verified, refuted or inconclusive, got '"
          + verdict + "'");
    };
    return List.of(new PlanClaim.Fact(id,
        fields.required(item, at, "text", "the claim as written"), fixed,
        fields.required(item, at, "source", "where the verdict comes from, e.g. a model card"),
        notes));
  }

  private List<PlanClaim> include(JsonNode item, String at, Optional<Plan> plan) {
    if (item.size() != 1) {
      throw doc.error(at, "include stands alone: { include: article }");
    }
    String name = fields.text(item, at, "include", "");
    if (!name.equals("article")) {
      throw doc.error(at + ".include", "expected 'article' (the built-in claims of DESIGN §11), got '"
          + name + "'");
    }
    return plan.map(ArticleClaims::load).orElseGet(ArticleClaims::load);
  }

  private ClaimExpression expression(String text, String at, Optional<Plan> plan) {
    try {
      ClaimExpression parsed = ClaimExpression.parse(text, catalog);
      plan.ifPresent(p -> new ClaimChecks(p, catalog).check(parsed));
      return parsed;
    } catch (ExpressionException e) {
      throw doc.error(at, "column " + e.column() + " of the expression: " + e.problem() + "\n    "
          + text + "\n    " + " ".repeat(Math.max(0, e.column() - 1)) + "^");
    }
  }
}
