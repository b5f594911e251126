package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import dev.versus.metrics.RequestRecord;
import dev.versus.metrics.Status;
import dev.versus.metrics.Timing;
import dev.versus.metrics.TokenCounts;
import org.junit.jupiter.api.Test;

/** Stored rows read back as records on the run's origin: what the shard merge aggregates. */
class RowRecordsTest {
  private static final long ORIGIN = 5_000_000_000L;

  @Test
  void toRecord_completedRow_givesTheSameLatenciesAsTheOriginal() {
    Timing timing = new Timing(ORIGIN + 10, ORIGIN + 12, ORIGIN + 20, ORIGIN + 30, ORIGIN + 30,
        ORIGIN + 50, new long[] {8, 12}, 3);
    RequestRecord original = new RequestRecord(4, "m", "c=2", 2, timing,
        new TokenCounts(7, 3, 0, 6, 3, 0, Usage.Source.SERVER), 200,
        new Status.Ok(FinishReason.LENGTH));

    RequestRecord back = RowRecords.toRecord(RecordRows.toRow(original, "run", 9, ORIGIN, false));

    assertThat(back.shard()).isEqualTo(2);
    assertThat(back.ttftNanos()).isEqualTo(original.ttftNanos());
    assertThat(back.tpotNanos()).isEqualTo(original.tpotNanos());
    assertThat(back.e2eNanos()).isEqualTo(original.e2eNanos());
    assertThat(back.scheduleLatencyNanos()).isEqualTo(original.scheduleLatencyNanos());
    assertThat(back.timing().itlNanos()).containsExactly(8, 12);
    assertThat(back.timing().intendedSendNanos()).isEqualTo(10);
    assertThat(back.tokens().outputTokens()).isEqualTo(3);
    assertThat(back.status()).isEqualTo(new Status.Ok(FinishReason.LENGTH));
  }

  @Test
  void toRecord_failedRow_keepsClassAndMessageAndNoOutput() {
    Timing timing = new Timing(ORIGIN, ORIGIN, Timing.ABSENT, Timing.ABSENT, Timing.ABSENT,
        ORIGIN + 5, new long[0], 0);
    RequestRecord original = new RequestRecord(0, "m", "c=1", 0, timing,
        new TokenCounts(0, 0, 0, 6, 0, 0, Usage.Source.CLIENT_COUNT), 0,
        new Status.Error(ErrorClass.CONNECT, "refused"));

    RequestRecord back = RowRecords.toRecord(RecordRows.toRow(original, "run", 0, ORIGIN, false));

    assertThat(back.status()).isEqualTo(new Status.Error(ErrorClass.CONNECT, "refused"));
    assertThat(back.ttftNanos()).isEmpty();
    assertThat(back.timing().outputEvents()).isZero();
    assertThat(back.tokens().source()).isEqualTo(Usage.Source.CLIENT_COUNT);
  }
}
