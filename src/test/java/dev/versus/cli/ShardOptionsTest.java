package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad shard options of {@code versus bench} and {@code versus merge} get one clear message. */
class ShardOptionsTest {
  @TempDir Path dir;

  private record Result(int code, String err) {}

  private Result run(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.addAll(List.of("--store", dir.resolve("store.db").toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Result(code, err.toString());
  }

  private Result bench(String... args) {
    List<String> all = new ArrayList<>(List.of("bench", "--no-progress", "--model", "sim:instant",
        "--requests", "3", "--out", dir.resolve("out").toString()));
    all.addAll(Arrays.asList(args));
    return run(all.toArray(String[]::new));
  }

  @Test
  void bench_shardWithoutRunId_asksForRunId() {
    Result r = bench("--concurrency", "1", "--shard", "0/3", "--start-in", "1s");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--run-id");
  }

  @Test
  void bench_shardIndexOutOfRange_namesTheExpectedForm() {
    Result r = bench("--concurrency", "1", "--shard", "3/3", "--run-id", "r1", "--start-in", "1s");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--shard").contains("0 <= i < N");
  }

  @Test
  void bench_severalShardsWithoutStart_asksForCommonStart() {
    Result r = bench("--concurrency", "1", "--shard", "1/2", "--run-id", "r1");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("--start-at");
  }

  @Test
  void bench_shardWithTwoLevelsAndCountLimitOnly_asksForDuration() {
    Result r = bench("--concurrency", "1,2", "--shard", "0/1", "--run-id", "r1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("several load levels").contains("--duration")
        .contains("--requests");
  }

  @Test
  void bench_shardWithFindMax_isRejected() {
    Result r = bench("--concurrency", "1", "--find-max", "--shard", "0/1", "--run-id", "r1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--find-max");
  }

  @Test
  void bench_shardWithTwoLevelsAndDuration_storesOneMergedLevelEach() throws Exception {
    Result r = bench("--concurrency", "1,2", "--duration", "300ms", "--drain", "1s",
        "--shard", "0/1", "--run-id", "two-levels");
    assertThat(r.code()).as(r.err()).isZero();
    try (var store = dev.versus.store.Store.open(dir.resolve("store.db").toString())) {
      var merged = dev.versus.load.ShardMerge.summaries(store, "two-levels");
      assertThat(merged.levels()).extracting(l -> l.level()).containsExactly("c=1", "c=2");
      for (var level : merged.levels()) {
        assertThat(level.summary().requests()).as(level.level()).isEqualTo(3);
      }
    }
    assertThat(run("merge", "two-levels", "--out", dir.resolve("m").toString()).code()).isZero();
    Result report = run("report", "two-levels", "--format", "json", "--out",
        dir.resolve("report").toString());
    assertThat(report.code()).as(report.err()).isZero();
    var levels = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve("report/report.json").toFile()).at("/performance/levels");
    assertThat(levels).hasSize(2);
    for (var level : levels) {
      assertThat(level.path("requests").asLong()).isEqualTo(3);
    }
  }

  @Test
  void bench_badStartInstant_namesTheFormat() {
    Result r = bench("--concurrency", "1", "--shard", "0/2", "--run-id", "r1",
        "--start-at", "tomorrow");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("ISO-8601");
  }

  @Test
  void merge_unknownRun_saysSo() {
    Result r = run("merge", "nope", "--out", dir.resolve("m").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("no run 'nope'");
  }

  @Test
  void bench_singleShard_storesRunWithMergeableRecordsAndIntervals() {
    Result r = bench("--concurrency", "2", "--shard", "0/1", "--run-id", "solo-1");
    assertThat(r.code()).as(r.err()).isZero();
    try (var store = dev.versus.store.Store.open(dir.resolve("store.db").toString())) {
      var merged = dev.versus.load.ShardMerge.summaries(store, "solo-1");
      assertThat(merged.levels()).hasSize(1);
      assertThat(merged.levels().getFirst().summary().requests()).isEqualTo(3);
      assertThat(store.histogramIntervals().list("solo-1")).isNotEmpty();
    }
  }

  @Test
  void merge_shardedRun_storesMergedSummaryButPlainRunKeepsItsOwn() {
    assertThat(bench("--concurrency", "1", "--shard", "0/1", "--run-id", "solo-2").code()).isZero();
    assertThat(bench("--concurrency", "1", "--run-id", "plain-1").code()).isZero();

    assertThat(run("merge", "solo-2", "--out", dir.resolve("m2").toString()).code()).isZero();
    assertThat(run("merge", "plain-1", "--out", dir.resolve("m3").toString()).code()).isZero();

    try (var store = dev.versus.store.Store.open(dir.resolve("store.db").toString())) {
      assertThat(store.runs().find("solo-2").orElseThrow().summaryJson()).contains("\"merged\":true");
      assertThat(store.runs().find("plain-1").orElseThrow().summaryJson())
          .isNotEmpty().doesNotContain("\"merged\"");
    }
    assertThat(dir.resolve("m3/summary.json")).exists();
  }
}
