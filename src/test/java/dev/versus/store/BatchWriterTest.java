package dev.versus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWriterTest {
  @TempDir Path dir;

  @Test
  void close_afterManyProducers_hasWrittenEveryRowInBatches() throws Exception {
    try (Store store = Store.open(dir.resolve("w.db").toString())) {
      store.runs().create(Samples.run("w", Instant.EPOCH));
      AtomicInteger batches = new AtomicInteger();
      BatchWriter<RequestRow> writer = BatchWriter.start("test", rows -> {
        batches.incrementAndGet();
        store.requests().append(rows);
      }, 200, 1_000);
      List<Future<?>> producers = new ArrayList<>();
      try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int p = 0; p < 4; p++) {
          int producer = p;
          producers.add(pool.submit(() -> {
            for (int i = 0; i < 1_000; i++) {
              writer.add(Samples.absentRequest("w", producer * 10_000L + i));
            }
          }));
        }
        for (Future<?> f : producers) {
          f.get();
        }
      }
      writer.close();

      assertThat(writer.written()).isEqualTo(4_000);
      assertThat(store.requests().count("w")).isEqualTo(4_000);
      assertThat(batches.get()).isLessThan(4_000);
    }
  }

  @Test
  void failedBatch_isReportedByCloseAndLaterAdds() {
    BatchWriter<String> writer = BatchWriter.start("failing", rows -> {
      throw new StoreException("database is down");
    }, 10, 100);

    writer.add("a");

    assertThatThrownBy(writer::close)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("batch writer 'failing' could not write 1 rows")
        .hasMessageContaining("database is down");
    assertThatThrownBy(() -> writer.add("b")).isInstanceOf(StoreException.class);
  }

  @Test
  void add_afterClose_throws() {
    BatchWriter<String> writer = BatchWriter.start("closed", rows -> { }, 1, 1);
    writer.close();

    assertThatThrownBy(() -> writer.add("x")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
