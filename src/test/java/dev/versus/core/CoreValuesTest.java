package dev.versus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreValuesTest {

  @Test
  void chatRequest_copiesMessages_soLaterChangesDoNotLeakIn() {
    List<Message> messages = new ArrayList<>(List.of(Message.user("hola")));
    ChatRequest request = new ChatRequest("m", messages, SamplingParams.defaults());
    messages.add(Message.user("otra"));
    assertThat(request.messages()).hasSize(1);
  }

  @Test
  void chatRequest_withoutMessages_isRejected() {
    assertThatThrownBy(() -> new ChatRequest("m", List.of(), SamplingParams.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one message");
  }

  @Test
  void samplingParams_invalidValues_areRejectedWithTheField() {
    assertThatThrownBy(() -> SamplingParams.defaults().withMaxTokens(0))
        .hasMessageContaining("maxTokens");
    assertThatThrownBy(() -> SamplingParams.defaults().withTopP(1.5)).hasMessageContaining("topP");
    assertThatThrownBy(() -> SamplingParams.defaults().withTemperature(Double.NaN))
        .hasMessageContaining("temperature");
  }

  @Test
  void samplingParams_withers_setOnlyTheirField() {
    SamplingParams p = SamplingParams.defaults().withMaxTokens(32).withIgnoreEos(true);
    assertThat(p.maxTokens()).hasValue(32);
    assertThat(p.ignoreEos()).isTrue();
    assertThat(p.temperature()).isEmpty();
  }

  @Test
  void finishReason_mapsGeminiReasons_asDesignSays() {
    assertThat(FinishReason.fromGemini("STOP")).isEqualTo(FinishReason.STOP);
    assertThat(FinishReason.fromGemini("MAX_TOKENS")).isEqualTo(FinishReason.LENGTH);
    for (String filtered : List.of("SAFETY", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII")) {
      assertThat(FinishReason.fromGemini(filtered)).isEqualTo(FinishReason.CONTENT_FILTER);
    }
    assertThat(FinishReason.fromOpenAi("length")).isEqualTo(FinishReason.LENGTH);
    assertThat(FinishReason.fromOpenAi("something-new")).isEqualTo(FinishReason.OTHER);
  }

  @Test
  void errorClass_wireNames_roundTrip() {
    for (ErrorClass c : ErrorClass.values()) {
      assertThat(ErrorClass.fromWire(c.wireName())).isEqualTo(c);
    }
    assertThat(ErrorClass.STREAM_INTERRUPTED.wireName()).isEqualTo("stream_interrupted");
    assertThat(ErrorClass.ofStatus(429)).isEqualTo(ErrorClass.RATE_LIMITED);
    assertThat(ErrorClass.ofStatus(503)).isEqualTo(ErrorClass.HTTP_5XX);
    assertThat(ErrorClass.ofStatus(404)).isEqualTo(ErrorClass.HTTP_4XX);
  }

  @Test
  void providerError_retryHint_isEmptyOnlyWhenZero() {
    assertThat(ProviderError.of(ErrorClass.TIMEOUT, "slow").retryHint()).isEmpty();
    ProviderError limited =
        new ProviderError(ErrorClass.RATE_LIMITED, 429, "quota", "429", Duration.ofSeconds(13));
    assertThat(limited.retryHint()).contains(Duration.ofSeconds(13));
    assertThat(limited.retryable()).isTrue();
    assertThat(ProviderError.of(ErrorClass.CONTEXT_LENGTH, "too long").retryable()).isFalse();
  }

  @Test
  void usage_reasoningAboveOutput_isRejected() {
    assertThatThrownBy(() -> Usage.server(10, 5, 6)).hasMessageContaining("reasoningTokens");
    assertThat(Usage.server(10, 5, 2).totalTokens()).isEqualTo(15);
    assertThat(Usage.none().present()).isFalse();
  }

  @Test
  void streamEvent_isConsumedByExhaustiveSwitch() {
    List<StreamEvent> events =
        List.of(
            new StreamEvent.ReasoningDelta("think"),
            new StreamEvent.ContentDelta("ans"),
            new StreamEvent.UsageReport(Usage.server(3, 2, 1)),
            new StreamEvent.Finish(FinishReason.STOP, "stop"),
            new StreamEvent.Failure(ProviderError.of(ErrorClass.CANCELLED, "bye")));
    StringBuilder kinds = new StringBuilder();
    for (StreamEvent e : events) {
      kinds.append(
          switch (e) {
            case StreamEvent.ContentDelta d -> "c";
            case StreamEvent.ReasoningDelta d -> "r";
            case StreamEvent.UsageReport u -> "u";
            case StreamEvent.Finish f -> "f";
            case StreamEvent.Failure f -> "x";
          });
    }
    assertThat(kinds).hasToString("rcufx");
  }

  @Test
  void manualClock_advancesOnlyForward() {
    ManualNanoClock clock = new ManualNanoClock(100);
    assertThat(clock.advance(Duration.ofNanos(50))).isEqualTo(150);
    assertThatThrownBy(() -> clock.advance(Duration.ofNanos(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
