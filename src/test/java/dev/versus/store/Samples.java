package dev.versus.store;

import dev.versus.core.Usage;
import java.time.Instant;

/** Sample rows for the store tests: one with every field set, one with every field absent. */
final class Samples {
  static final String UNICODE = "¿Qué tal? 你好 🚀 ñandú — «citas» \u00e9\u0301";

  private Samples() {}

  static RunInfo run(String id, Instant startedAt) {
    return RunInfo.started(id, "bench", "Flash vs Maverick " + UNICODE, startedAt,
        "{\"models\":[\"flash\",\"maverick\"]}", true);
  }

  static RequestRow fullRequest(String runId, long seq) {
    long[] gaps = new long[300];
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = 1_000_000L * (i % 50) + i;
    }
    gaps[0] = 0;
    gaps[1] = Long.MAX_VALUE;
    return new RequestRow(runId, 2, seq, "flash", "c=32", false,
        new RequestRow.Timings(10, 12, 5_000_000, 6_000_000, 9_000_000, 800_000_000L, gaps),
        new RequestRow.Tokens(512, 256, 40, 510, 250),
        Usage.Source.SERVER, 200, "stop", "", "");
  }

  static RequestRow absentRequest(String runId, long seq) {
    return new RequestRow(runId, 0, seq, "maverick", "", true,
        new RequestRow.Timings(-1, 0, -1, -1, -1, -1, new long[0]),
        RequestRow.Tokens.unknown(), Usage.Source.NONE, 0, "", "connect",
        "Connection refused: " + UNICODE);
  }

  static EvalResultRow fullEval(String runId, int repeat) {
    return new EvalResultRow(runId, "nlu-es", "intent-0042", "maverick", repeat, "macro-f1",
        "Clasifica: " + UNICODE, "positivo", "Respuesta: positivo", "positivo", 0.875, true,
        "{\"f1\":0.875}", 654_321_000L, 120, 8, 0.000_123_4, false, "", "");
  }

  static EvalResultRow absentEval(String runId) {
    return new EvalResultRow(runId, "math-es", "q1", "flash", 0, "number", "", "", "", "", 0.0,
        false, "", -1, -1, -1, Double.NaN, true, "timeout", "read timed out");
  }

  static GatewayLogRow fullLog(String requestId, Instant time, String route) {
    return new GatewayLogRow(requestId, Rows.epochMicros(time),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", route, "auto",
        "maverick", "hybrid:prompt_tokens>2000", "[{\"layer\":\"heuristic\",\"score\":0.1}]",
        true, 1200, 300, 0, 0.00042, 250_000_000L, 2_500_000_000L, 200, "", "", true,
        "[{\"role\":\"user\",\"content\":\"mi correo es [EMAIL]\"}] " + UNICODE,
        "Hola " + UNICODE);
  }

  static GatewayLogRow absentLog(String requestId, Instant time, String route) {
    return new GatewayLogRow(requestId, Rows.epochMicros(time), "", route, "", "", "", "",
        false, -1, -1, -1, Double.NaN, -1, -1, 0, "", "", false, "", "");
  }

  static HistogramIntervalRow interval(String runId, int shard, String metric, long start) {
    byte[] bytes = new byte[64];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 7 + shard);
    }
    return new HistogramIntervalRow(runId, shard, "flash", "rate=10", metric, start,
        1_000_000_000L, bytes);
  }
}
