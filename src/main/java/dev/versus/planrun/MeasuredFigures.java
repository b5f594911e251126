package dev.versus.planrun;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.plan.CostPlan;
import dev.versus.plan.FigureRef;
import dev.versus.plan.Figures;
import dev.versus.plan.Measured;
import dev.versus.plan.ModelSpec;
import dev.versus.plan.Pricing;
import dev.versus.plan.ProviderKind;
import dev.versus.plan.Selector;
import dev.versus.plan.Stat;
import dev.versus.plan.Unit;
import dev.versus.report.EndpointKind;
import java.util.Map;
import java.util.Optional;

/**
 * The claims' figures from a plan run's stored measurements: performance figures from the bench
 * summary (latencies converted from milliseconds to seconds), quality figures from the eval summary
 * and case rows ({@link QualityFigures}), costs from the plan's prices and the measured tokens per
 * request. Every figure carries whether it was measured on the simulator.
 */
final class MeasuredFigures implements Figures {
  private final Map<String, ModelSpec> models;
  private final Measurements measured;
  private final Optional<CostPlan> cost;

  MeasuredFigures(Map<String, ModelSpec> models, Measurements measured, Optional<CostPlan> cost) {
    this.models = Map.copyOf(models);
    this.measured = measured;
    this.cost = cost;
  }

  @Override
  public Lookup lookup(FigureRef ref) {
    ModelSpec model = models.get(ref.model());
    if (model == null) {
      return new Lookup.Missing("no model '" + ref.model() + "' in the plan");
    }
    EndpointKind endpoint =
        model.provider() == ProviderKind.SIM ? EndpointKind.SIMULATED : EndpointKind.REAL;
    return switch (ref.metric()) {
      case "score", "score_chunked", "macro_f1", "consistency", "relative_error",
          "max_context_tokens" -> QualityFigures.lookup(measured, ref, endpoint);
      case "cost_per_1k_requests" -> costPer1k(model, endpoint)
          .<Lookup>map(Lookup.Found::new).orElseGet(() -> missingCost(model));
      case "cost_per_day" -> costPerDay(model, endpoint);
      default -> performance(ref, endpoint);
    };
  }

  private Lookup performance(FigureRef ref, EndpointKind endpoint) {
    JsonNode model = measured.benchModel(ref.model());
    if (model.isMissingNode()) {
      return new Lookup.Missing("no performance measurements of '" + ref.model() + "' in this run");
    }
    if (ref.selector() instanceof Selector.Run) {
      return runWide(ref, model, endpoint);
    }
    JsonNode level = level(model, ref.selector());
    if (level.isMissingNode()) {
      return new Lookup.Missing("no load level " + ref.selector().label() + " in this run");
    }
    String source = "bench " + ref.selector().label() + ", n=" + level.path("requests").asLong();
    return PerformanceFigures.lookup(ref, level, endpoint, source);
  }

  /** Memory and KV cache over the whole run: the highest of every level's maximum. */
  private Lookup runWide(FigureRef ref, JsonNode model, EndpointKind endpoint) {
    Lookup best = new Lookup.Missing("no level of '" + ref.model() + "' scraped the server");
    double max = -1;
    for (JsonNode level : model.path("levels")) {
      Lookup found = PerformanceFigures.lookup(ref, level, endpoint,
          "bench, highest over all levels");
      if (found instanceof Lookup.Found f && f.measured().value() > max) {
        max = f.measured().value();
        best = found;
      } else if (found instanceof Lookup.Missing && max < 0) {
        best = found;
      }
    }
    return best;
  }

  private static JsonNode level(JsonNode model, Selector selector) {
    for (JsonNode level : model.path("levels")) {
      JsonNode load = level.path("load");
      boolean match = switch (selector) {
        case Selector.Concurrency c ->
            "closed".equals(load.path("type").asText())
                && load.path("concurrency").asInt() == c.clients();
        case Selector.Rate r ->
            "open".equals(load.path("type").asText())
                && Math.abs(load.path("rate").asDouble() - r.perSecond()) < 1e-9;
        case Selector.Run run -> false;
      };
      if (match) {
        return level;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private Optional<Measured> costPer1k(ModelSpec model, EndpointKind endpoint) {
    return switch (model.pricing()) {
      case Pricing.None none -> Optional.empty();
      case Pricing.PerToken p -> tokensPerRequest(model.key()).map(t -> Measured.exact(
          (t[0] * p.inputPerMillion() + t[1] * p.outputPerMillion()) / 1e6 * 1000, Unit.USD,
          endpoint, String.format(java.util.Locale.ROOT,
              "price x measured tokens: %.0f in + %.0f out per request (%s)", t[0], t[1],
              t.length > 2 ? "bench" : "eval calls")));
      case Pricing.SelfHosted s -> selfHosted(model.key(), s, endpoint);
    };
  }

  private Optional<Measured> selfHosted(String key, Pricing.SelfHosted s, EndpointKind endpoint) {
    JsonNode levels = measured.benchModel(key).path("levels");
    double best = 0;
    for (JsonNode level : levels) {
      best = Math.max(best, level.path("throughput").path("requests_per_second").asDouble());
    }
    if (best <= 0) {
      return Optional.empty();
    }
    return Optional.of(Measured.exact(1000 * s.gpuHourPrice() * s.gpus() / (best * 3600),
        Unit.USD, endpoint, "GPU-hour price x GPUs / highest measured requests/s"));
  }

  /** Mean prompt and output tokens per request: bench levels first, else the eval's calls. */
  private Optional<double[]> tokensPerRequest(String key) {
    long prompt = 0;
    long output = 0;
    long completed = 0;
    for (JsonNode level : measured.benchModel(key).path("levels")) {
      prompt += level.path("tokens").path("prompt").asLong();
      output += level.path("tokens").path("output").asLong();
      completed += level.path("completed").asLong();
    }
    if (completed > 0) {
      return Optional.of(new double[] {(double) prompt / completed, (double) output / completed, 1});
    }
    var rows = measured.evalRows().stream()
        .filter(r -> r.modelKey().equals(key) && r.errorClass().isEmpty() && r.outputTokens() > 0)
        .toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new double[] {
        rows.stream().mapToInt(r -> r.promptTokens()).average().orElse(0),
        rows.stream().mapToInt(r -> r.outputTokens()).average().orElse(0)});
  }

  private Lookup missingCost(ModelSpec model) {
    return model.hasPrice()
        ? new Lookup.Missing("no measured tokens or throughput for '" + model.key() + "'")
        : new Lookup.Missing("the plan gives '" + model.key() + "' no price");
  }

  private Lookup costPerDay(ModelSpec model, EndpointKind endpoint) {
    if (cost.isEmpty()) {
      return new Lookup.Missing("the plan has no cost section (requests-per-day)");
    }
    long perDay = cost.get().requestsPerDay();
    return costPer1k(model, endpoint)
        .<Lookup>map(m -> new Lookup.Found(Measured.exact(m.value() * perDay / 1000, Unit.USD,
            endpoint, m.source() + ", " + perDay + " requests/day")))
        .orElseGet(() -> missingCost(model));
  }

  static String statField(Stat stat) {
    return stat == Stat.P999 ? "p99_9" : stat.wireName();
  }
}
