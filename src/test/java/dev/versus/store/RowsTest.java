package dev.versus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowsTest {

  @Test
  void gapCodec_roundTrip_keepsEdgeValuesAndIsCompact() {
    long[] gaps = {0, 1, 127, 128, 30_000_000L, Long.MAX_VALUE, 16_383, 16_384};

    byte[] encoded = GapCodec.encode(gaps);

    assertThat(GapCodec.decode(encoded)).containsExactly(gaps);
    assertThat(GapCodec.encode(new long[] {30_000_000L})).hasSize(4);
    assertThat(GapCodec.decode(new byte[0])).isEmpty();
  }

  @Test
  void gapCodec_truncatedVarint_throwsStoreException() {
    assertThatThrownBy(() -> GapCodec.decode(new byte[] {(byte) 0x80}))
        .isInstanceOf(StoreException.class).hasMessageContaining("corrupt");
  }

  @Test
  void runIds_fixedClockAndSeed_giveSortableIds() {
    Clock early = Clock.fixed(Instant.parse("2026-11-26T14:15:30.123Z"), ZoneOffset.UTC);
    Clock later = Clock.fixed(Instant.parse("2026-11-26T14:15:30.124Z"), ZoneOffset.UTC);

    String first = RunIds.next(early, new Random(7));
    String second = RunIds.next(later, new Random(1));

    assertThat(first).matches("20261126T141530123Z-[0-9a-f]{6}");
    assertThat(first).isEqualTo(RunIds.next(early, new Random(7)));
    assertThat(first).isLessThan(second);
    assertThat(new RunInfo(first, "bench", "", RunStatus.RUNNING, 0, -1, "", "", false, 1).id())
        .isEqualTo(first);
  }

  @Test
  void runInfo_badIdOrKind_isRejectedWithTheValue() {
    assertThatThrownBy(() -> RunInfo.started("bad id!", "bench", "", Instant.EPOCH, "", false))
        .hasMessageContaining("'bad id!'");
    assertThatThrownBy(() -> RunInfo.started("r1", "Bench", "", Instant.EPOCH, "", false))
        .hasMessageContaining("'Bench'");
  }

  @Test
  void gatewayLogRow_rawApiKey_isRejected() {
    assertThatThrownBy(() -> new GatewayLogRow("r", 0, "sk-live-abcdef0123456789", "chat", "",
        "", "", "", false, -1, -1, -1, Double.NaN, -1, -1, 200, "", "", false, "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never the key itself");
  }

  @Test
  void rows_negativeTimesOtherThanAbsent_areRejected() {
    assertThatThrownBy(() -> new RequestRow.Timings(-2, 0, -1, -1, -1, -1, new long[0]))
        .hasMessageContaining("intendedSendNanos");
    assertThatThrownBy(() -> new RequestRow.Timings(-1, 0, -1, -1, -1, -1, new long[] {5, -3}))
        .hasMessageContaining("itlGapsNanos");
    assertThatThrownBy(() -> Samples.fullEval("r", -1)).hasMessageContaining("repeat");
  }

  @Test
  void timings_gaps_areCopiedInAndOut() {
    long[] gaps = {1, 2, 3};
    RequestRow.Timings timings = new RequestRow.Timings(-1, 0, -1, -1, -1, -1, gaps);

    gaps[0] = 99;
    timings.itlGapsNanos()[1] = 99;

    assertThat(timings.itlGapsNanos()).containsExactly(1, 2, 3);
    assertThat(timings)
        .isEqualTo(new RequestRow.Timings(-1, 0, -1, -1, -1, -1, new long[] {1, 2, 3}));
  }

  @Test
  void epochMicros_roundTrip_keepsMicrosecondsBeforeAndAfterEpoch() {
    for (String text :
        new String[] {"2026-11-26T10:00:00.123456Z", "1969-12-31T23:59:59.999999Z"}) {
      Instant t = Instant.parse(text);
      assertThat(Rows.instantOfMicros(Rows.epochMicros(t))).isEqualTo(t);
    }
    assertThat(Rows.epochMicrosSaturated(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
    assertThat(Rows.epochMicrosSaturated(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
  }
}
