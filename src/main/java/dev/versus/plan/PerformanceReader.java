package dev.versus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.load.ArrivalProcess;
import dev.versus.load.Language;
import dev.versus.load.LengthDistribution;
import dev.versus.load.LoadModel;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Slo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the {@code performance} section of a plan. */
final class PerformanceReader {
  private static final String PATH = "performance";
  private static final Set<String> KEYS =
      Set.of("workload", "load", "duration", "warmup", "requests", "slo", "find-max");
  private static final Set<String> WORKLOAD =
      Set.of("input-tokens", "output-tokens", "language", "seed", "prompts");
  private static final Set<String> SLO =
      Set.of("ttft", "ttfat", "itl", "tpot", "e2e", "schedule-latency", "max-error-rate");

  private final Fields fields;
  private final Path baseDir;

  PerformanceReader(Fields fields, Path baseDir) {
    this.fields = fields;
    this.baseDir = baseDir;
  }

  PerformancePlan read(JsonNode node) {
    fields.keys(node, PATH, KEYS);
    Workload workload = workload(node.path("workload"));
    if (!node.has("load")) {
      throw fields.error(PATH, "load is required: { concurrency: [1, 8, 32] } or { rate: { poisson: [1, 5] } }");
    }
    List<LoadModel> levels = levels(node.get("load"));
    JsonNode sloNode = node.path("slo");
    Slo slo = Slo.none();
    double maxErrorRate = 0.01;
    if (!sloNode.isMissingNode()) {
      String at = PATH + ".slo";
      fields.keys(sloNode, at, SLO);
      for (Metric metric : Metric.values()) {
        String key = metric.wireName().replace('_', '-');
        Duration limit = fields.duration(sloNode, at, key, Duration.ZERO);
        if (sloNode.has(key)) {
          if (limit.isZero() || limit.isNegative()) {
            throw fields.error(Fields.child(at, key), "expected a positive duration such as 500ms");
          }
          slo = slo.with(metric, limit);
        }
      }
      maxErrorRate = fields.decimal(sloNode, at, "max-error-rate", maxErrorRate, 0, 1);
    }
    boolean findMax = fields.bool(node, PATH, "find-max", false);
    if (findMax && slo.limits().isEmpty()) {
      throw fields.error(PATH + ".find-max", "find-max searches for the highest load within the SLO:"
          + " give slo: { ttft: 1s, tpot: 50ms } (any of ttft, ttfat, itl, tpot, e2e)");
    }
    return new PerformancePlan(
        workload,
        levels,
        fields.duration(node, PATH, "duration", Duration.ofSeconds(60)),
        fields.duration(node, PATH, "warmup", Duration.ZERO),
        fields.integer(node, PATH, "requests", 0, 0, Long.MAX_VALUE),
        slo,
        maxErrorRate,
        findMax);
  }

  private Workload workload(JsonNode node) {
    String at = PATH + ".workload";
    if (node.isMissingNode()) {
      return new Workload(new LengthDistribution.Fixed(512), new LengthDistribution.Fixed(256),
          Language.EN, 0, Optional.empty());
    }
    fields.keys(node, at, WORKLOAD);
    String language = fields.text(node, at, "language", "en");
    Language lang = switch (language) {
      case "es" -> Language.ES;
      case "en" -> Language.EN;
      default -> throw fields.error(Fields.child(at, "language"), "expected es or en, got '" + language + "'");
    };
    Optional<Path> prompts = Optional.empty();
    if (node.has("prompts")) {
      Path file = baseDir.resolve(fields.required(node, at, "prompts", "a prompts file"));
      if (!Files.isRegularFile(file)) {
        throw fields.error(Fields.child(at, "prompts"), "file not found: " + file);
      }
      prompts = Optional.of(file);
    }
    return new Workload(
        length(node, at, "input-tokens", 512),
        length(node, at, "output-tokens", 256),
        lang,
        fields.integer(node, at, "seed", 0, Long.MIN_VALUE, Long.MAX_VALUE),
        prompts);
  }

  private LengthDistribution length(JsonNode parent, String parentPath, String key, int fallback) {
    String at = Fields.child(parentPath, key);
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      return new LengthDistribution.Fixed(fallback);
    }
    if (v.isNumber()) {
      return new LengthDistribution.Fixed((int) fields.integer(v, at, 1, 10_000_000));
    }
    if (v.isObject() && v.has("mean")) {
      fields.keys(v, at, Set.of("mean", "stddev"));
      return new LengthDistribution.Normal(
          fields.decimal(v, at, "mean", 1, 1, 1e7), fields.decimal(v, at, "stddev", 0, 0, 1e7));
    }
    if (v.isObject() && (v.has("min") || v.has("max"))) {
      fields.keys(v, at, Set.of("min", "max"));
      if (!v.has("min") || !v.has("max")) {
        throw fields.error(at, "a range needs both min and max, e.g. { min: 100, max: 1000 }");
      }
      long min = fields.integer(v, at, "min", 1, 1, 10_000_000);
      long max = fields.integer(v, at, "max", 1, 1, 10_000_000);
      if (max < min) {
        throw fields.error(Fields.child(at, "max"), "max must be at least min (" + min + "), got " + max);
      }
      return new LengthDistribution.Uniform((int) min, (int) max);
    }
    throw fields.error(at, "expected a number of tokens, { mean, stddev } or { min, max }, got "
        + Fields.kind(v));
  }

  private List<LoadModel> levels(JsonNode load) {
    String at = PATH + ".load";
    fields.keys(load, at, Set.of("concurrency", "rate"));
    if (load.has("concurrency") == load.has("rate")) {
      throw fields.error(at, "give exactly one of concurrency: [1, 8, 32] or rate: { poisson: [1, 5] }");
    }
    List<LoadModel> levels = new ArrayList<>();
    if (load.has("concurrency")) {
      String cp = at + ".concurrency";
      Set<Long> seen = new HashSet<>();
      for (Item item : items(load.get("concurrency"), cp)) {
        long c = fields.integer(item.node(), item.path(), 1, 1_000_000);
        if (!seen.add(c)) {
          throw fields.error(item.path(), "concurrency " + c + " is listed twice");
        }
        levels.add(new LoadModel.Closed((int) c));
      }
      return levels;
    }
    String rp = at + ".rate";
    JsonNode rate = load.get("rate");
    fields.keys(rate, rp, Set.of("poisson", "constant", "gamma", "burstiness"));
    List<String> kinds =
        Stream.of("poisson", "constant", "gamma").filter(rate::has).toList();
    if (kinds.size() != 1) {
      throw fields.error(rp, "give exactly one of poisson, constant or gamma with a list of rates"
          + " per second, e.g. poisson: [1, 5, 10]");
    }
    String kind = kinds.getFirst();
    if (rate.has("burstiness") != kind.equals("gamma")) {
      throw fields.error(rp, kind.equals("gamma")
          ? "gamma arrivals need burstiness (below 1 burstier than Poisson, 1 is Poisson)"
          : "burstiness applies only to gamma arrivals");
    }
    double burstiness = fields.decimal(rate, rp, "burstiness", 1, 1e-6, 1e6);
    Set<Double> seen = new HashSet<>();
    for (Item item : items(rate.get(kind), rp + "." + kind)) {
      double r = fields.decimal(item.node(), item.path(), 1e-9, 1e9);
      if (!seen.add(r)) {
        throw fields.error(item.path(), "rate " + Numbers.plain(r) + " is listed twice");
      }
      ArrivalProcess arrivals = switch (kind) {
        case "poisson" -> new ArrivalProcess.Poisson(r);
        case "constant" -> new ArrivalProcess.Constant(r);
        default -> new ArrivalProcess.Gamma(r, burstiness);
      };
      levels.add(new LoadModel.Open(arrivals));
    }
    return levels;
  }

  private record Item(JsonNode node, String path) {}

  /** A list's elements with their paths; a single value is a list of one. */
  private List<Item> items(JsonNode node, String path) {
    List<Item> out = new ArrayList<>();
    if (node.isArray()) {
      if (node.isEmpty()) {
        throw fields.error(path, "expected at least one level");
      }
      for (int i = 0; i < node.size(); i++) {
        out.add(new Item(node.get(i), path + "[" + i + "]"));
      }
    } else {
      out.add(new Item(node, path));
    }
    return out;
  }
}
