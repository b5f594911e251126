package dev.versus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.load.LoadException;
import dev.versus.load.MergedLevel;
import dev.versus.load.MergedRun;
import dev.versus.load.ShardFigures;
import dev.versus.metrics.Metric;
import dev.versus.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus merge RUN}: merges the shards of a distributed bench from the store. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merge the shards of a distributed bench (versus bench --shard i/N) from the store:"
          + " histograms add exactly, throughput is taken over the union of the shards' windows.",
      "Writes OUT/summary.json (the shape of bench's, plus a shards section) and stores it as"
          + " the run's summary."
    })
final class MergeCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN", description = "The run id the shards shared.")
  String runId;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output folder (default: versus-bench/RUN).")
  Path out;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    MergedRun merged;
    try (Store store = storeOptions.open()) {
      try {
        merged = ShardedRuns.merge(store, runId, Clock.systemUTC());
      } catch (LoadException e) {
        throw new BadInputException("versus merge " + runId + ": " + e.getMessage());
      }
    }
    Path dir = out == null ? Path.of("versus-bench", runId) : out;
    Path file = dir.resolve("summary.json");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter()
          .writeValueAsString(merged.summaryJson()) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("--out: cannot write " + file + ": " + e.getMessage());
    }
    print(spec.commandLine().getOut(), merged, file);
    return merged.shardsSeen().size() == merged.shardCount() ? 0 : 2;
  }

  private static void print(PrintWriter out, MergedRun merged, Path file) {
    out.printf(Locale.ROOT, "run %s: %d of %d shards stored records%n", merged.runId(),
        merged.shardsSeen().size(), merged.shardCount());
    for (MergedLevel level : merged.levels()) {
      var s = level.summary();
      out.printf(Locale.ROOT, "%s %s: %d requests (%d failed), %.2f req/s, TTFT p50 %.1f ms,"
              + " E2E p99 %.1f ms%n", level.modelKey(), level.level(), s.requests(), s.failed(),
          s.throughput().requestsPerSecond(), s.latency(Metric.TTFT).p50Ms(),
          s.latency(Metric.E2E).p99Ms());
      for (ShardFigures f : level.shards()) {
        out.printf(Locale.ROOT, "  shard %d: %d requests, %.2f req/s, schedule latency p50 %.1f"
                + " / p99 %.1f ms, send delay p99 %.1f ms (max %.1f)%n", f.shard(), f.requests(),
            f.requestsPerSecond(), f.scheduleLatencyP50Ms(), f.scheduleLatencyP99Ms(),
            f.sendDelayP99Ms(), f.sendDelayMaxMs());
      }
    }
    if (merged.shardsSeen().size() != merged.shardCount()) {
      out.println("warning: shards missing; the merged figures cover only the shards listed");
    }
    out.println("summary: " + file);
    out.flush();
  }
}
