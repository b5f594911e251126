package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import dev.versus.metrics.RequestRecord;
import dev.versus.metrics.Status;
import dev.versus.metrics.Timing;
import dev.versus.metrics.TokenCounts;
import dev.versus.store.RequestRow;
import org.junit.jupiter.api.Test;

class RecordRowsTest {
  private static final long ORIGIN = 1_000_000_000L;

  @Test
  void toRow_completedServerCounted_rebasesTimesAndKeepsBothCounts() {
    Timing timing = new Timing(ORIGIN + 10, ORIGIN + 12, ORIGIN + 20, ORIGIN + 30, ORIGIN + 30,
        ORIGIN + 50, new long[] {8, 12}, 3);
    RequestRecord record = new RequestRecord(4, "m", "c=2", 0, timing,
        new TokenCounts(7, 3, 0, 6, 3, 0, Usage.Source.SERVER), 200,
        new Status.Ok(FinishReason.LENGTH));

    RequestRow row = RecordRows.toRow(record, "run", 9, ORIGIN, true);

    assertThat(row.seq()).isEqualTo(9);
    assertThat(row.warmup()).isTrue();
    assertThat(row.timings()).isEqualTo(new RequestRow.Timings(10, 12, 20, 30, 30, 50, new long[] {8, 12}));
    assertThat(row.tokens()).isEqualTo(new RequestRow.Tokens(7, 3, 0, 6, 3));
    assertThat(row.usageSource()).isEqualTo(Usage.Source.SERVER);
    assertThat(row.finishReason()).isEqualTo("length");
    assertThat(row.failed()).isFalse();
  }

  @Test
  void toRow_failedClientCounted_marksAbsentReadingsAndServerCounts() {
    Timing timing = new Timing(ORIGIN, ORIGIN, Timing.ABSENT, Timing.ABSENT, Timing.ABSENT,
        ORIGIN + 5, new long[0], 0);
    RequestRecord record = new RequestRecord(0, "m", "c=1", 0, timing,
        new TokenCounts(0, 0, 0, 6, 0, 0, Usage.Source.CLIENT_COUNT), 0,
        new Status.Error(ErrorClass.CONNECT, "refused"));

    RequestRow row = RecordRows.toRow(record, "run", 0, ORIGIN, false);

    assertThat(row.timings().firstByteNanos()).isEqualTo(-1);
    assertThat(row.timings().firstTokenNanos()).isEqualTo(-1);
    assertThat(row.tokens().outputServer()).isEqualTo(-1);
    assertThat(row.tokens().promptClient()).isEqualTo(6);
    assertThat(row.errorClass()).isEqualTo("connect");
    assertThat(row.errorMessage()).isEqualTo("refused");
    assertThat(row.failed()).isTrue();
  }
}
