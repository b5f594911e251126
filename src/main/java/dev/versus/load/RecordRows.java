package dev.versus.load;

import dev.versus.core.Usage;
import dev.versus.metrics.RequestRecord;
import dev.versus.metrics.Status;
import dev.versus.metrics.Timing;
import dev.versus.metrics.TokenCounts;
import dev.versus.store.RequestRow;

/**
 * Maps a measured {@link RequestRecord} to the store's {@link RequestRow}: clock readings become
 * nanoseconds since the run's time origin, absent readings {@code -1}, the status its finish reason
 * or error class.
 */
public final class RecordRows {
  private RecordRows() {}

  /**
   * The row of {@code record}.
   *
   * @param seq the record's sequence number within the run (unique per run and shard)
   * @param originNanos the run's time origin on the bench clock (its start)
   * @param warmup whether the request was sent during warm-up
   */
  public static RequestRow toRow(
      RequestRecord record, String runId, long seq, long originNanos, boolean warmup) {
    Timing t = record.timing();
    RequestRow.Timings timings =
        new RequestRow.Timings(
            since(t.intendedSendNanos(), originNanos),
            Math.max(0, t.sendNanos() - originNanos),
            since(t.firstByteNanos(), originNanos),
            since(t.firstOutputNanos(), originNanos),
            since(t.firstAnswerNanos(), originNanos),
            since(t.lastByteNanos(), originNanos),
            t.itlNanos());
    TokenCounts k = record.tokens();
    boolean server = k.source() == Usage.Source.SERVER;
    RequestRow.Tokens tokens =
        new RequestRow.Tokens(
            server ? k.serverPromptTokens() : -1,
            server ? k.serverOutputTokens() : -1,
            server ? k.serverReasoningTokens() : -1,
            k.clientPromptTokens(),
            k.clientOutputTokens());
    String finish = "";
    String errorClass = "";
    String message = "";
    switch (record.status()) {
      case Status.Ok ok -> finish = ok.finishReason().wireName();
      case Status.Error error -> {
        errorClass = error.errorClass().wireName();
        message = error.message();
      }
    }
    return new RequestRow(
        runId,
        record.shard(),
        seq,
        record.model(),
        record.level(),
        warmup,
        timings,
        tokens,
        k.source(),
        record.httpStatus(),
        finish,
        errorClass,
        message);
  }

  private static long since(long reading, long originNanos) {
    return reading == Timing.ABSENT ? -1 : Math.max(0, reading - originNanos);
  }
}
