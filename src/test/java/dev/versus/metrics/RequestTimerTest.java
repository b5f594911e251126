package dev.versus.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.CallOutcome;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ManualNanoClock;
import dev.versus.core.ProviderError;
import dev.versus.core.StreamEvent;
import dev.versus.core.Usage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestTimerTest {
  private static final long MS = 1_000_000L;
  private final ManualNanoClock clock = new ManualNanoClock(1_000 * MS);
  private final TokenCounter counter = TokenCounter.cl100k();

  private void at(long msAfterStart) {
    clock.advance(Duration.ofNanos(1_000 * MS + msAfterStart * MS - clock.nanoTime()));
  }

  @Test
  void finish_reasoningThenContent_givesExactDefinitions() {
    RequestTimer timer =
        new RequestTimer(clock, new RequestMeta(3, "flash", "c=1", 0, 12, 990 * MS));
    timer.markSent();
    at(50);
    timer.onResponseStart(200);
    at(100);
    timer.onEvent(new StreamEvent.ReasoningDelta("Pienso"));
    at(120);
    timer.onEvent(new StreamEvent.ReasoningDelta(" mucho"));
    at(140);
    timer.onEvent(new StreamEvent.ContentDelta(""));
    at(150);
    timer.onEvent(new StreamEvent.ContentDelta("Hola"));
    at(170);
    timer.onEvent(new StreamEvent.ContentDelta(" mundo"));
    at(190);
    timer.onEvent(new StreamEvent.UsageReport(Usage.server(12, 5, 2)));
    at(200);
    timer.onEvent(new StreamEvent.Finish(FinishReason.STOP, "stop"));

    RequestRecord r =
        timer.finish(
            new CallOutcome.Completed(
                "Hola mundo", "Pienso mucho", FinishReason.STOP, Usage.server(12, 5, 2)),
            counter);

    assertThat(r.firstByteNanos()).hasValue(50 * MS);
    assertThat(r.ttftNanos()).hasValue(100 * MS);
    assertThat(r.ttfatNanos()).hasValue(150 * MS);
    assertThat(r.timing().itlNanos()).containsExactly(20 * MS, 30 * MS, 20 * MS);
    assertThat(r.timing().outputEvents()).isEqualTo(4);
    assertThat(r.e2eNanos()).isEqualTo(200 * MS);
    assertThat(r.tpotNanos()).hasValue((200 - 100) * MS / (5 - 1));
    assertThat(r.scheduleLatencyNanos()).isEqualTo(210 * MS);
    assertThat(r.sendDelayNanos()).isEqualTo(10 * MS);
    assertThat(r.status()).isEqualTo(new Status.Ok(FinishReason.STOP));
    assertThat(r.httpStatus()).isEqualTo(200);
    assertThat(r.tokens().source()).isEqualTo(Usage.Source.SERVER);
    assertThat(r.tokens().outputTokens()).isEqualTo(5);
    assertThat(r.tokens().clientOutputTokens())
        .isEqualTo(counter.count("Hola mundo") + counter.count("Pienso mucho"));
    assertThat(r.tokens().outputDiscrepancy()).hasValue(5L - r.tokens().clientOutputTokens());
  }

  @Test
  void finish_serverSentNoUsage_fallsBackToLabelledClientCount() {
    RequestTimer timer =
        new RequestTimer(clock, new RequestMeta(0, "m", "c=1", 0, 7, clock.nanoTime()));
    timer.markSent();
    String text = "Los modelos de lenguaje generan texto token a token.";
    at(10);
    timer.onEvent(new StreamEvent.ContentDelta(text));
    at(11);
    timer.onEvent(new StreamEvent.Finish(FinishReason.STOP, "stop"));

    RequestRecord r =
        timer.finish(new CallOutcome.Completed(text, "", FinishReason.STOP, Usage.none()), counter);

    assertThat(r.tokens().source()).isEqualTo(Usage.Source.CLIENT_COUNT);
    assertThat(r.tokens().outputTokens()).isEqualTo(counter.count(text)).isGreaterThan(8);
    assertThat(r.tokens().promptTokens()).isEqualTo(7);
    assertThat(r.tokens().outputDiscrepancy()).isEmpty();
  }

  @Test
  void finish_failureBeforeAnyOutput_recordsErrorClassAndNoTtft() {
    RequestTimer timer =
        new RequestTimer(clock, new RequestMeta(0, "m", "c=1", 0, 7, clock.nanoTime()));
    timer.markSent();
    at(30);
    ProviderError error =
        new ProviderError(ErrorClass.RATE_LIMITED, 429, "slow down", "", Duration.ZERO);
    timer.onEvent(new StreamEvent.Failure(error));

    RequestRecord r = timer.finish(CallOutcome.Failed.of(error), counter);

    assertThat(r.ok()).isFalse();
    assertThat(r.status()).isEqualTo(new Status.Error(ErrorClass.RATE_LIMITED, "slow down"));
    assertThat(r.httpStatus()).isEqualTo(429);
    assertThat(r.ttftNanos()).isEmpty();
    assertThat(r.tpotNanos()).isEmpty();
    assertThat(r.e2eNanos()).isEqualTo(30 * MS);
  }

  @Test
  void tpot_singleTokenAnswer_isEmpty() {
    RequestRecord r = TestRecords.ok(0, 0, 10, new long[0], 1);

    assertThat(r.tpotNanos()).isEmpty();
    assertThat(r.ttftNanos()).hasValue(10 * MS);
  }
}
