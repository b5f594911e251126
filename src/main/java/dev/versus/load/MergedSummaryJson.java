package dev.versus.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.metrics.SummaryJson;
import dev.versus.store.RunInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merged {@code summary.json} of a sharded run: the shape of {@link BenchSummaryJson}'s
 * document (version 1), with {@code kind} {@code bench}, {@code merged: true}, a top-level {@code
 * shards} section (count registered, indices seen) and, per level, each shard's own figures under
 * {@code shards}. Server metrics are not scraped per shard, so {@code server_metrics.scraped} is
 * false.
 */
final class MergedSummaryJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private MergedSummaryJson() {}

  static ObjectNode document(
      RunInfo run, JsonNode config, List<Integer> shardsSeen, List<MergedLevel> levels) {
    ObjectNode o = JSON.objectNode();
    o.put("version", 1);
    o.put("kind", "bench");
    o.put("run_id", run.id());
    o.put("status", run.status().wireName());
    o.put("interrupted", run.status().wireName().equals("interrupted"));
    o.put("merged", true);
    o.put("simulated", run.simulated());
    o.put("started_at", run.startedAt().toString());
    if (run.finishedAt().isPresent()) {
      o.put("finished_at", run.finishedAt().get().toString());
    } else {
      o.putNull("finished_at");
    }
    o.put("latency_unit", "ms");
    o.set("config", config.deepCopy());
    ObjectNode shards = o.putObject("shards");
    shards.put("count", run.shardCount());
    ArrayNode seen = shards.putArray("seen");
    shardsSeen.forEach(seen::add);
    shards.put("complete", shardsSeen.size() == run.shardCount());
    JsonNode planLevels = config.path("plan").path("levels");
    Map<String, ArrayNode> models = new LinkedHashMap<>();
    ArrayNode array = o.putArray("models");
    for (MergedLevel level : levels) {
      ArrayNode list = models.computeIfAbsent(level.modelKey(), key -> {
        ObjectNode model = array.addObject();
        model.put("model", key);
        model.put("reference", key);
        model.put("simulated", run.simulated());
        return model.putArray("levels");
      });
      list.add(level(level, planLevels, run.simulated()));
    }
    return o;
  }

  private static ObjectNode level(MergedLevel level, JsonNode planLevels, boolean simulated) {
    ObjectNode o = JSON.objectNode();
    o.put("level", level.level());
    if (planLevels.isArray() && planLevels.size() == 1) {
      o.set("load", planLevels.get(0).deepCopy());
    } else {
      // Several levels: the plan's level whose label the records carry.
      for (JsonNode load : planLevels) {
        if (BenchSummaryJson.loadOf(load).map(LoadModel::label).orElse("").equals(level.level())) {
          o.set("load", load.deepCopy());
          break;
        }
      }
    }
    o.put("interrupted", false);
    o.put("simulated", simulated);
    o.setAll(SummaryJson.toJson(level.summary()));
    ObjectNode server = o.putObject("server_metrics");
    server.put("scraped", false);
    ArrayNode shards = o.putArray("shards");
    for (ShardFigures f : level.shards()) {
      ObjectNode s = shards.addObject();
      s.put("shard", f.shard());
      s.put("requests", f.requests());
      s.put("completed", f.completed());
      s.put("requests_per_second", f.requestsPerSecond());
      s.put("schedule_latency_p50_ms", f.scheduleLatencyP50Ms());
      s.put("schedule_latency_p99_ms", f.scheduleLatencyP99Ms());
      s.put("send_delay_p50_ms", f.sendDelayP50Ms());
      s.put("send_delay_p99_ms", f.sendDelayP99Ms());
      s.put("send_delay_max_ms", f.sendDelayMaxMs());
    }
    return o;
  }
}
