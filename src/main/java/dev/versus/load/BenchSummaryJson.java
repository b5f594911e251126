package dev.versus.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.metrics.Metric;
import dev.versus.metrics.ServerMetrics;
import dev.versus.metrics.Slo;
import dev.versus.metrics.SummaryJson;
import dev.versus.store.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code summary.json} document of a bench (version 1): the run, its configuration, and per
 * model and level every figure of {@link SummaryJson} plus the level's load, the scraped server
 * metrics and, for {@code --find-max}, the knee. Written after every level, so an interrupted or
 * failed run still has one (its {@code status} says so).
 */
final class BenchSummaryJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private BenchSummaryJson() {}

  static ObjectNode document(
      String runId,
      RunStatus status,
      Instant startedAt,
      Optional<Instant> finishedAt,
      BenchSetup setup,
      List<ModelOutcome> models,
      String failure) {
    ObjectNode o = JSON.objectNode();
    o.put("version", 1);
    o.put("kind", "bench");
    o.put("run_id", runId);
    o.put("status", status.wireName());
    o.put("interrupted", status == RunStatus.INTERRUPTED);
    if (!failure.isEmpty()) {
      o.put("failure", failure);
    }
    o.put("simulated", setup.simulated());
    o.put("started_at", startedAt.toString());
    if (finishedAt.isPresent()) {
      o.put("finished_at", finishedAt.get().toString());
    } else {
      o.putNull("finished_at");
    }
    o.put("latency_unit", "ms");
    o.set("config", config(setup));
    var array = o.putArray("models");
    for (ModelOutcome model : models) {
      array.add(model(model, setup.plan()));
    }
    return o;
  }

  /** The run's configuration, also stored as the run's config JSON. */
  static ObjectNode config(BenchSetup setup) {
    ObjectNode o = JSON.objectNode();
    o.put("delivery", setup.targets().get(0).target().delivery().wireName());
    var refs = o.putArray("models");
    setup.targets().forEach(t -> refs.add(t.reference()));
    ObjectNode plan = o.putObject("plan");
    switch (setup.plan()) {
      case LoadPlan.Levels levels -> {
        plan.put("type", "levels");
        plan.put("order", levels.order().name().toLowerCase(java.util.Locale.ROOT));
        var list = plan.putArray("levels");
        levels.levels().forEach(level -> list.add(load(level)));
      }
      case LoadPlan.FindMax findMax -> {
        plan.put("type", "find_max");
        plan.put("min", findMax.axis().min());
        plan.put("max", findMax.axis().max());
        plan.put("axis", findMax.axis() instanceof SearchAxis.Rate ? "rate" : "concurrency");
        plan.put("min_goodput_percent", findMax.criteria().minGoodputPercent());
        plan.put("max_error_rate", findMax.criteria().maxErrorRate());
        plan.put("max_runs", findMax.criteria().maxRuns());
      }
    }
    Limits limits = setup.base().limits();
    ObjectNode l = o.putObject("limits");
    l.put("max_requests", limits.maxRequests());
    l.put("duration_seconds", seconds(limits.duration()));
    l.put("warmup_seconds", seconds(limits.warmup()));
    l.put("cooldown_seconds", seconds(limits.cooldown()));
    l.put("drain_seconds", seconds(limits.drain()));
    l.put("level_pause_seconds", seconds(setup.levelPause()));
    o.set("slo_ms", slo(setup.base().slo()));
    o.put("workload", setup.workloadDescription());
    o.put("seed", setup.base().seed());
    o.put("shard", setup.base().shard().index() + "/" + setup.base().shard().count());
    return o;
  }

  private static ObjectNode model(ModelOutcome model, LoadPlan plan) {
    ObjectNode o = JSON.objectNode();
    o.put("model", model.target().key());
    o.put("reference", model.target().reference());
    o.put("label", model.target().target().provider().label());
    o.put("simulated", model.target().simulated());
    var levels = o.putArray("levels");
    for (LevelOutcome level : model.levels()) {
      levels.add(level(level, model.target().simulated()));
    }
    if (plan instanceof LoadPlan.FindMax findMax) {
      o.set("knee", knee(model, findMax));
    }
    return o;
  }

  private static ObjectNode level(LevelOutcome outcome, boolean simulated) {
    LevelResult result = outcome.result();
    ObjectNode o = JSON.objectNode();
    o.put("level", result.load().label());
    o.set("load", load(result.load()));
    o.put("interrupted", result.interrupted());
    o.put("simulated", simulated);
    o.setAll(SummaryJson.toJson(result.summary()));
    o.set("server_metrics", server(outcome.server()));
    return o;
  }

  static ObjectNode load(LoadModel load) {
    ObjectNode o = JSON.objectNode();
    switch (load) {
      case LoadModel.Closed closed -> {
        o.put("type", "closed");
        o.put("concurrency", closed.concurrency());
      }
      case LoadModel.Open open -> {
        o.put("type", "open");
        switch (open.arrivals()) {
          case ArrivalProcess.Constant c -> o.put("arrival", "constant");
          case ArrivalProcess.Poisson p -> o.put("arrival", "poisson");
          case ArrivalProcess.Gamma g -> {
            o.put("arrival", "gamma");
            o.put("burstiness", g.burstiness());
          }
        }
        o.put("rate", open.arrivals().ratePerSecond());
        o.put("max_concurrency", open.maxConcurrency());
      }
    }
    return o;
  }

  /**
   * The load model {@link #load} wrote as {@code o}, or empty when {@code o} is not one (e.g. a
   * summary from an older version); used to match a stored plan's levels to their labels.
   */
  static Optional<LoadModel> loadOf(JsonNode o) {
    try {
      return switch (o.path("type").asText()) {
        case "closed" -> Optional.of(new LoadModel.Closed(o.path("concurrency").asInt()));
        case "open" -> {
          double rate = o.path("rate").asDouble();
          ArrivalProcess arrivals = switch (o.path("arrival").asText()) {
            case "constant" -> new ArrivalProcess.Constant(rate);
            case "poisson" -> new ArrivalProcess.Poisson(rate);
            case "gamma" -> new ArrivalProcess.Gamma(rate, o.path("burstiness").asDouble());
            default -> throw new IllegalArgumentException("unknown arrival");
          };
          yield Optional.of(
              new LoadModel.Open(arrivals, o.path("max_concurrency").asInt(0)));
        }
        default -> Optional.empty();
      };
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ObjectNode server(ServerMetrics server) {
    ObjectNode o = JSON.objectNode();
    o.put("scraped", server.scrapes() > 0);
    o.put("url", server.url());
    o.put("scrapes", server.scrapes());
    o.put("failures", server.failures());
    put(o, "max_kv_cache_usage_perc", server.max(ServerMetrics.KV_CACHE_USAGE));
    put(o, "max_num_requests_running", server.max(ServerMetrics.RUNNING));
    put(o, "max_num_requests_waiting", server.max(ServerMetrics.WAITING));
    put(o, "max_memory_bytes", server.max(ServerMetrics.MEMORY_BYTES));
    return o;
  }

  private static void put(ObjectNode o, String key, Optional<Double> value) {
    if (value.isPresent()) {
      o.put(key, value.get());
    } else {
      o.putNull(key);
    }
  }

  private static ObjectNode knee(ModelOutcome model, LoadPlan.FindMax plan) {
    ObjectNode o = JSON.objectNode();
    o.put("searched", model.searched());
    o.put("found", model.knee().isPresent());
    o.put("saturated", model.saturated());
    o.put("levels_run", model.levels().size());
    if (model.knee().isPresent()) {
      LoadModel load = model.knee().get().result().load();
      o.put("level", load.label());
      switch (load) {
        case LoadModel.Closed closed -> o.put("concurrency", closed.concurrency());
        case LoadModel.Open open -> o.put("rate", open.arrivals().ratePerSecond());
      }
    } else {
      o.putNull("level");
    }
    o.put(
        "note",
        !model.searched()
            ? "the search did not finish (interrupted or failed)"
            : model.knee().isEmpty()
                ? "even the lowest level missed the SLOs or the error bound"
                : model.saturated()
                    ? "highest level meeting the SLOs with the error rate under the bound"
                    : "the maximum searched still met the SLOs: the knee may be higher");
    o.put("min_goodput_percent", plan.criteria().minGoodputPercent());
    o.put("max_error_rate", plan.criteria().maxErrorRate());
    return o;
  }

  private static ObjectNode slo(Slo slo) {
    ObjectNode o = JSON.objectNode();
    for (Metric metric : Metric.values()) {
      slo.limit(metric).ifPresent(limit -> o.put(metric.wireName(), limit.toNanos() / 1e6));
    }
    return o;
  }

  private static double seconds(java.time.Duration d) {
    return d.toNanos() / 1e9;
  }
}
