package dev.versus.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ErrorClass;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFilesTest {
  @TempDir Path dir;

  @Test
  void jsonl_writtenRecords_readBackEqual() {
    Path file = dir.resolve("runs/records.jsonl");
    List<RequestRecord> records =
        List.of(
            TestRecords.ok(0, 10, 20, new long[] {3, 4}, 3),
            TestRecords.failed(1, 11, ErrorClass.STREAM_INTERRUPTED));
    try (JsonlRecordWriter writer = JsonlRecordWriter.append(file)) {
      records.forEach(writer);
    }

    assertThat(JsonlRecordReader.read(file)).isEqualTo(records);
  }

  @Test
  void jsonl_lineCutByKill_lastLineSkipped() throws Exception {
    Path file = dir.resolve("records.jsonl");
    try (JsonlRecordWriter writer = JsonlRecordWriter.append(file)) {
      writer.accept(TestRecords.okE2e(0, 1, 2));
    }
    Files.writeString(file, "{\"v\":1,\"index\":", StandardOpenOption.APPEND);

    assertThat(JsonlRecordReader.read(file)).hasSize(1);
  }

  @Test
  void jsonl_badLineInTheMiddle_errorNamesFileAndLine() throws Exception {
    Path file = dir.resolve("records.jsonl");
    try (JsonlRecordWriter writer = JsonlRecordWriter.append(file)) {
      writer.accept(TestRecords.okE2e(0, 1, 2));
    }
    Files.writeString(file, "{\"v\":1}\n", StandardOpenOption.APPEND);
    try (JsonlRecordWriter writer = JsonlRecordWriter.append(file)) {
      writer.accept(TestRecords.okE2e(1, 1, 2));
    }

    assertThatThrownBy(() -> JsonlRecordReader.read(file))
        .isInstanceOf(MetricsException.class)
        .hasMessageContaining("records.jsonl:2:")
        .hasMessageContaining("missing field");
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(3);
  }

  @Test
  void intervalLogs_twoShards_totalsEqualSingleAggregator() throws Exception {
    Aggregator single = new Aggregator(Slo.none(), new MeasureWindow(0, Long.MAX_VALUE - 1));
    Path a = dir.resolve("shard-0.hlog");
    Path b = dir.resolve("shard-1.hlog");
    try (IntervalLogWriter logA =
            IntervalLogWriter.create(a, 1_700_000_000_000L, 0, Duration.ofMillis(50));
        IntervalLogWriter logB =
            IntervalLogWriter.create(b, 1_700_000_000_000L, 0, Duration.ofMillis(50))) {
      for (int i = 0; i < 200; i++) {
        RequestRecord r = TestRecords.ok(i, i, 5 + i % 50, new long[] {1 + i % 7, 2}, 3);
        single.add(r);
        (i % 2 == 0 ? logA : logB).record(r);
      }
      logA.record(TestRecords.failed(999, 10, ErrorClass.TIMEOUT));
    }

    Map<Metric, Histogram> totals = IntervalLogReader.totals(List.of(a, b));

    for (Metric metric : Metric.values()) {
      assertThat(totals.get(metric)).as(metric.wireName()).isEqualTo(single.histogram(metric));
    }
    assertThat(totals.get(Metric.ITL).getTotalCount()).isEqualTo(400);
    long intervals =
        Files.readAllLines(a).stream().filter(l -> l.startsWith("Tag=" + "e2e")).count();
    assertThat(intervals).isGreaterThan(3);
  }

  @Test
  void intervalLogs_missingFile_clearError() {
    assertThatThrownBy(() -> IntervalLogReader.totals(List.of(dir.resolve("nope.hlog"))))
        .isInstanceOf(MetricsException.class)
        .hasMessageContaining("nope.hlog");
  }
}
