package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits and injected faults of the batching engine, on a manual clock. */
class FaultsTest {
  private static final String PROMPT = "Hello there, how are you today?";

  private static Profile window(int contextWindow, long kvCacheTokens) {
    Profile p = TestProfiles.timed();
    p = TestProfiles.with(p, new Profile.Limits(contextWindow, 2_000, 100, 64, 512, 0));
    return TestProfiles.with(p, new Profile.Batching(8, kvCacheTokens, 10_000, 0, 10, 1, 1, 0));
  }

  private static Profile faults(Profile.Faults faults) {
    return TestProfiles.with(TestProfiles.timed(), faults);
  }

  private static int promptTokens(String text) {
    return Tokenizer.countPrompt(List.of(Message.user(text)));
  }

  @Test
  void submit_overContextWindow_openAiWording() {
    EngineHarness engine = new EngineHarness(window(1_000, 1_000_000));
    int prompt = promptTokens(PROMPT);

    SimFault fault = engine.reject(TestProfiles.request(PROMPT, 990, false));

    assertThat(fault.kind()).isEqualTo(FaultKind.CONTEXT_LENGTH);
    assertThat(fault.message()).isEqualTo(
        "This model's maximum context length is 1000 tokens. However, you requested "
            + (prompt + 990) + " tokens (" + prompt + " in the messages, 990 in the completion)."
            + " Please reduce the length of the messages or completion.");
    assertThat(engine.model.stats().rejectedTotal()).isEqualTo(1);
  }

  @Test
  void submit_promptOverGeminiInputLimit_geminiWording() {
    EngineHarness engine = new EngineHarness(window(1_000, 1_000_000));
    String longPrompt = "token ".repeat(1_200);
    var request = new GenerationRequest("test-model", List.of(Message.user(longPrompt)),
        SamplingParams.defaults(), WireFormat.GEMINI, true);

    SimFault fault = engine.reject(request);

    assertThat(fault.kind()).isEqualTo(FaultKind.CONTEXT_LENGTH);
    assertThat(fault.message()).isEqualTo("The input token count (" + promptTokens(longPrompt)
        + ") exceeds the maximum number of tokens allowed (1000).");
  }

  @Test
  void submit_overKvCache_kvOverflowWording() {
    EngineHarness engine = new EngineHarness(window(100_000, 500));

    SimFault fault = engine.reject(TestProfiles.request(PROMPT, 600, false));

    assertThat(fault.kind()).isEqualTo(FaultKind.CONTEXT_LENGTH);
    assertThat(fault.message()).startsWith("KV cache overflow").contains("only 500 tokens");
  }

  @Test
  void submit_maxTokensOverModelLimit_rejected() {
    SimFault fault = new EngineHarness(window(100_000, 1_000_000))
        .reject(TestProfiles.request(PROMPT, 2_001, false));

    assertThat(fault.kind()).isEqualTo(FaultKind.CONTEXT_LENGTH);
    assertThat(fault.message()).startsWith("max_tokens is too large: 2001");
  }

  @Test
  void submit_aboveCrashThreshold_failsInFlightThenRecovers() throws InterruptedException {
    String message = "CUDA_ERROR_ILLEGAL_ADDRESS: an illegal memory access was encountered";
    EngineHarness engine = new EngineHarness(faults(
        new Profile.Faults(3, message, 30, 0, 0, 0, 0, 0, 0)));
    List<Generation> inFlight = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      inFlight.add(engine.accept(TestProfiles.request(PROMPT + i, 100, true)));
    }

    SimFault crash = engine.reject(TestProfiles.request(PROMPT, 100, true));

    assertThat(crash.kind()).isEqualTo(FaultKind.CRASHED);
    assertThat(crash.message()).isEqualTo(message);
    for (Generation generation : inFlight) {
      var terminal = engine.drain(generation).getLast().event();
      assertThat(terminal).isEqualTo(new GenerationEvent.Failed(crash));
    }
    SimStats stats = engine.model.stats();
    assertThat(stats.crashesTotal()).isEqualTo(1);
    assertThat(stats.running()).isZero();
    assertThat(stats.kvCacheUsage()).isZero();

    engine.clock.advance(Duration.ofSeconds(10));
    SimFault down = engine.reject(TestProfiles.request(PROMPT, 100, true));
    assertThat(down.kind()).isEqualTo(FaultKind.UNAVAILABLE);
    assertThat(down.retryAfter()).isEqualTo(Duration.ofSeconds(20));

    engine.clock.advance(Duration.ofSeconds(20));
    var recovered = engine.run(TestProfiles.request(PROMPT, 100, true));
    assertThat(recovered.done().usage().outputTokens()).isEqualTo(100);
  }

  @Test
  void submit_atCrashThreshold_doesNotCrash() {
    EngineHarness engine = new EngineHarness(faults(
        new Profile.Faults(3, "boom", 30, 0, 0, 0, 0, 0, 0)));
    for (int i = 0; i < 3; i++) {
      engine.accept(TestProfiles.request(PROMPT + i, 100, true));
    }
    assertThat(engine.model.stats().crashesTotal()).isZero();
    assertThat(engine.model.stats().running()).isEqualTo(3);
  }

  @Test
  void submit_requestQuotaSpent_rateLimitedWithRetryAfter() {
    EngineHarness engine = new EngineHarness(faults(
        new Profile.Faults(0, "", 0, 2, 0, 0, 0, 0, 0)));
    engine.accept(TestProfiles.request(PROMPT, 10, true));
    engine.clock.advance(Duration.ofSeconds(10));
    engine.accept(TestProfiles.request(PROMPT, 10, true));
    engine.clock.advance(Duration.ofSeconds(5));

    SimFault limited = engine.reject(TestProfiles.request(PROMPT, 10, true));

    assertThat(limited.kind()).isEqualTo(FaultKind.RATE_LIMITED);
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(45));
    assertThat(limited.message()).contains("Limit 2, Used 2");
    engine.clock.advance(Duration.ofSeconds(45));
    engine.accept(TestProfiles.request(PROMPT, 10, true));
  }

  @Test
  void submit_tokenQuotaSpent_rateLimited() {
    EngineHarness engine = new EngineHarness(faults(
        new Profile.Faults(0, "", 0, 0, 1_000, 0, 0, 0, 0)));
    engine.accept(TestProfiles.request(PROMPT, 600, true));

    SimFault limited = engine.reject(TestProfiles.request(PROMPT, 600, true));

    assertThat(limited.kind()).isEqualTo(FaultKind.RATE_LIMITED);
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void submit_errorRateOne_internalError() {
    SimFault fault = new EngineHarness(faults(new Profile.Faults(0, "", 0, 0, 0, 1.0, 0, 0, 0)))
        .reject(TestProfiles.request(PROMPT, 10, true));

    assertThat(fault.kind()).isEqualTo(FaultKind.INTERNAL);
  }

  @Test
  void submit_cutProbabilityOne_streamEndsWithCutMidway() throws InterruptedException {
    EngineHarness engine = new EngineHarness(faults(
        new Profile.Faults(0, "", 0, 0, 0, 0, 0, 0, 1.0)));
    var transcript = engine.run(TestProfiles.request(PROMPT, 50, true));

    assertThat(transcript.terminal()).isInstanceOf(GenerationEvent.Cut.class);
    assertThat(transcript.tokens()).isBetween(1, 49);
    assertThat(engine.model.stats().running()).isZero();
  }

  @Test
  void submit_stallProbabilityOne_onePauseOfTheStallLength() throws InterruptedException {
    EngineHarness engine = new EngineHarness(faults(
        new Profile.Faults(0, "", 0, 0, 0, 0, 1.0, 2.0, 0)));
    var events = engine.drain(engine.accept(TestProfiles.request(PROMPT, 50, true)));

    long longest = 0;
    for (int i = 1; i < events.size(); i++) {
      longest = Math.max(longest, events.get(i).atNanos() - events.get(i - 1).atNanos());
    }
    assertThat(longest).isEqualTo(2_000_000_000L + 11_000_000L);
    assertThat(EngineHarness.Transcript.of(events).tokens()).isEqualTo(50);
  }

  @Test
  void cancel_runningGeneration_freesSlotAndCountsDisconnect() throws InterruptedException {
    EngineHarness engine = new EngineHarness(TestProfiles.timed());
    Generation generation = engine.accept(TestProfiles.request(PROMPT, 1_000, true));
    engine.clock.advance(Duration.ofMillis(100));
    engine.model.pump();
    assertThat(engine.model.stats().running()).isEqualTo(1);

    generation.cancel();
    generation.cancel();

    SimStats stats = engine.model.stats();
    assertThat(stats.running()).isZero();
    assertThat(stats.kvCacheUsage()).isZero();
    assertThat(stats.memoryBytes()).isEqualTo(TestProfiles.memory().weightsBytes());
    assertThat(stats.disconnectsTotal()).isEqualTo(1);
    assertThat(generation.next()).isInstanceOf(GenerationEvent.Failed.class);
  }

  @Test
  void stats_runningGeneration_memoryAndKvFollowReservation() throws InterruptedException {
    EngineHarness engine = new EngineHarness(TestProfiles.timed());
    Generation generation = engine.accept(TestProfiles.request(PROMPT, 1_000, true));
    long reserved = promptTokens(PROMPT) + 1_000L;

    SimStats stats = engine.model.stats();
    assertThat(stats.running()).isEqualTo(1);
    assertThat(stats.kvCacheUsage()).isEqualTo(reserved / 1_000_000.0);
    assertThat(stats.memoryBytes()).isEqualTo(1_000_000 + 100 * reserved);
    assertThat(stats.requestsTotal()).isEqualTo(1);

    engine.drain(generation);
    SimStats after = engine.model.stats();
    assertThat(after.kvCacheUsage()).isZero();
    assertThat(after.generationTokensTotal()).isEqualTo(1_000);
    assertThat(after.promptTokensTotal()).isEqualTo(promptTokens(PROMPT));
  }
}
