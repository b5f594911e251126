package dev.versus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ConfigDocument;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads and validates a plan file (DESIGN §1; keys are kebab-case) before anything runs. Every error
 * is a {@link dev.versus.core.ConfigException} naming the file, line and field and what was
 * expected ({@code plan.yaml:31: claims[2]: column 7: unknown model 'flsh' ...}); unknown keys are
 * errors; secrets come only from {@code ${VAR}}.
 */
public final class PlanReader {
  private static final Set<String> TOP =
      Set.of("title", "models", "performance", "quality", "cost", "claims");

  private final ConfigDocument doc;
  private final Fields fields;
  private final Path baseDir;
  private final Set<String> secrets;
  private final UnaryOperator<String> env;

  private PlanReader(ConfigDocument doc, Path baseDir, Set<String> secrets, UnaryOperator<String> env) {
    this.doc = doc;
    this.fields = new Fields(doc);
    this.baseDir = baseDir;
    this.secrets = secrets;
    this.env = env;
  }

  /** Reads a plan file; {@code env} looks up {@code ${VAR}} (null when unset). */
  public static Plan read(Path file, UnaryOperator<String> env) {
    Set<String> secrets = new HashSet<>();
    ConfigDocument doc = ConfigDocument.read(file, tracking(env, secrets));
    Path dir = file.toAbsolutePath().getParent();
    return new PlanReader(doc, dir == null ? Path.of("") : dir, secrets, env).plan();
  }

  /** Parses plan text named {@code source}; relative paths resolve against {@code baseDir}. */
  public static Plan parse(String source, String yaml, Path baseDir, UnaryOperator<String> env) {
    Set<String> secrets = new HashSet<>();
    ConfigDocument doc = ConfigDocument.parse(source, yaml, tracking(env, secrets));
    return new PlanReader(doc, baseDir, secrets, env).plan();
  }

  /** Remembers every value that came from a variable, to tell a literal api-key from ${VAR}. */
  private static UnaryOperator<String> tracking(UnaryOperator<String> env, Set<String> secrets) {
    return name -> {
      String value = env.apply(name);
      if (value != null) {
        secrets.add(value);
      }
      return value;
    };
  }

  private Plan plan() {
    JsonNode root = doc.root();
    fields.keys(root, "", TOP);
    Map<String, ModelSpec> models = models(root.path("models"));
    String title = fields.text(root, "", "title", String.join(" vs ", models.keySet()));
    Optional<PerformancePlan> performance =
        root.has("performance")
            ? Optional.of(new PerformanceReader(fields, baseDir).read(root.get("performance")))
            : Optional.empty();
    Optional<QualityPlan> quality =
        root.has("quality")
            ? Optional.of(new QualityReader(fields, baseDir, models).read(root.get("quality")))
            : Optional.empty();
    Optional<CostPlan> cost = Optional.empty();
    if (root.has("cost")) {
      JsonNode c = root.get("cost");
      fields.keys(c, "cost", Set.of("requests-per-day"));
      cost = Optional.of(new CostPlan(fields.integer(c, "cost", "requests-per-day", 0, 0, Long.MAX_VALUE)));
      models.values().stream()
          .filter(m -> !m.hasPrice())
          .findFirst()
          .ifPresent(m -> {
            throw doc.error("models." + m.key(), "model '" + m.key() + "' has no price, but the plan"
                + " has a cost section: add price: { input-per-million, output-per-million } or"
                + " self-hosted: { gpu-hour-price, gpus }");
          });
    }
    Plan plan = new Plan(doc.source(), title, models, performance, quality, cost, List.of());
    List<PlanClaim> claims = new ClaimsReader(doc, fields).read(root.path("claims"), "claims", plan);
    return plan.withClaims(claims);
  }

  private Map<String, ModelSpec> models(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      throw doc.error("models", "expected a map of at least one model (KEY: { provider, model, ... }"
          + " or KEY: sim:PROFILE)");
    }
    Map<String, ModelSpec> models = new LinkedHashMap<>();
    ModelReader reader = new ModelReader(fields, secrets, env);
    node.properties().forEach(e -> models.put(e.getKey(), reader.read(e.getKey(), e.getValue())));
    return models;
  }
}
