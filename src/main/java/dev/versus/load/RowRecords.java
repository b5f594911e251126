package dev.versus.load;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import dev.versus.metrics.RequestRecord;
import dev.versus.metrics.Status;
import dev.versus.metrics.Timing;
import dev.versus.metrics.TokenCounts;
import dev.versus.store.RequestRow;
import java.util.Locale;

/**
 * The inverse of {@link RecordRows}: a stored row as a {@link RequestRecord} on the run's time
 * origin (times are nanoseconds since it), so stored shards can be aggregated again. The record's
 * index is the row's sequence number; the client's reasoning count, which rows do not keep, is 0.
 */
final class RowRecords {
  private RowRecords() {}

  static RequestRecord toRecord(RequestRow row) {
    RequestRow.Timings t = row.timings();
    long[] gaps = t.itlGapsNanos();
    int events = t.firstTokenNanos() < 0 ? 0 : gaps.length + 1;
    long send = t.sentNanos();
    Timing timing = new Timing(
        t.intendedSendNanos() < 0 ? send : t.intendedSendNanos(),
        send,
        absent(t.firstByteNanos()),
        absent(t.firstTokenNanos()),
        absent(t.firstAnswerTokenNanos()),
        Math.max(send, t.lastByteNanos()),
        events == 0 ? new long[0] : gaps,
        events);
    RequestRow.Tokens k = row.tokens();
    Usage.Source source =
        row.usageSource() == Usage.Source.SERVER ? Usage.Source.SERVER : Usage.Source.CLIENT_COUNT;
    TokenCounts tokens = new TokenCounts(
        Math.max(0, k.promptServer()), Math.max(0, k.outputServer()),
        Math.max(0, k.reasoningServer()), Math.max(0, k.promptClient()),
        Math.max(0, k.outputClient()), 0, source);
    Status status = row.failed()
        ? new Status.Error(ErrorClass.fromWire(row.errorClass()), row.errorMessage())
        : new Status.Ok(finishReason(row.finishReason()));
    return new RequestRecord(row.seq(), row.modelKey(), row.loadLevel(), row.shard(), timing,
        tokens, row.httpStatus(), status);
  }

  private static long absent(long stored) {
    return stored < 0 ? Timing.ABSENT : stored;
  }

  private static FinishReason finishReason(String wire) {
    for (FinishReason reason : FinishReason.values()) {
      if (reason.wireName().equals(wire.toLowerCase(Locale.ROOT))) {
        return reason;
      }
    }
    return FinishReason.OTHER;
  }
}
