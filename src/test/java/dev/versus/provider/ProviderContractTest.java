package dev.versus.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.Message;
import dev.versus.core.ProviderError;
import dev.versus.core.SamplingParams;
import dev.versus.core.StreamEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour every {@link ChatProvider} must show, whatever its wire format. A subclass supplies
 * an {@link Endpoint} prepared for each {@link Scenario} (a scripted server serving exact bytes,
 * or the simulator configured with the matching fault) and what the scenario must produce; the
 * assertions here are shared. A subclass that cannot stage a scenario skips it with {@code
 * assumeTrue(false)} in {@link #open}.
 *
 * <p>Timing bounds are generous on purpose (a loaded 2-core machine): a 300 ms read timeout must
 * fire within 5 s, and a cancelled call must be seen as a disconnect by the server within 5 s.
 */
@Timeout(30)
public abstract class ProviderContractTest {

  /** Generous bound on anything that should happen "promptly". */
  protected static final Duration PROMPTLY = Duration.ofSeconds(5);

  /** What the contract asks an endpoint to do. */
  public enum Scenario {
    /** Answer normally, finishing with stop. */
    ANSWER,
    /** Answer, stopping at the output limit. */
    ANSWER_LENGTH,
    /** Reason first, then answer (streaming only). */
    REASONING,
    RATE_LIMITED,
    CONTEXT_LENGTH,
    BACKEND_CRASH,
    BAD_REQUEST,
    UNAVAILABLE,
    /** Answer 200 with a body that is not the wire format. */
    NOT_JSON,
    /** Stream some content, then an error event. */
    MID_STREAM_ERROR,
    /** Stream some content, then drop the connection mid-body. */
    CUT,
    /** Stream some content, then end the body cleanly without the terminal event. */
    END_EARLY,
    /** Send some content (streaming) or nothing (blocking), then fall silent. */
    STALL,
    /** Keep sending keep-alive bytes forever, never finishing. */
    TRICKLE,
    /** Serve the model list. */
    MODELS
  }

  /** A running endpoint staged for one scenario. */
  public interface Endpoint extends AutoCloseable {
    /** A client of this endpoint with the given read and total timeouts. */
    ChatProvider client(Duration readTimeout, Duration totalTimeout);

    /** What the scenario must produce. */
    ContractExpectation expected();

    /** Waits until the server saw the client disconnect. */
    boolean awaitDisconnect(Duration bound) throws InterruptedException;

    /** Waits until the server received a request. */
    boolean awaitRequest(Duration bound) throws InterruptedException;

    @Override
    void close();
  }

  /**
   * Stages {@code scenario}. {@code streaming} says which kind of call will be made (a scripted
   * endpoint serves different bytes to each).
   */
  protected abstract Endpoint open(Scenario scenario, boolean streaming);

  /** A client for an arbitrary base URL (used to reach a closed port). */
  protected abstract ChatProvider clientAt(URI base, Duration readTimeout, Duration totalTimeout);

  /** The request every scenario sends. */
  protected ChatRequest request() {
    return new ChatRequest("contract-model",
        List.of(Message.system("Responde en español."), Message.user("Saluda al mundo.")),
        SamplingParams.defaults().withMaxTokens(16).withTemperature(0));
  }

  // ---- answers ----

  @Test
  void call_answer_completedWithContentUsageAndFinish() {
    try (Endpoint endpoint = open(Scenario.ANSWER, false);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      ContractExpectation expected = endpoint.expected();
      CallOutcome outcome = client.call(request());
      assertThat(outcome).isEqualTo(new CallOutcome.Completed(
          expected.content(), "", expected.finish(), expected.usage()));
    }
  }

  @Test
  void call_lengthLimited_finishesWithLength() {
    try (Endpoint endpoint = open(Scenario.ANSWER_LENGTH, false);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      CallOutcome outcome = client.call(request());
      assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Completed.class,
          done -> assertThat(done.finishReason()).isEqualTo(FinishReason.LENGTH));
      assertThat(outcome.content()).isEqualTo(endpoint.expected().content());
    }
  }

  @Test
  void stream_answer_multiTokenChunksInOrderThenUsageThenFinish() {
    try (Endpoint endpoint = open(Scenario.ANSWER, true);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      ContractExpectation expected = endpoint.expected();
      RecordingListener recorder = new RecordingListener();
      CallOutcome outcome = client.stream(request(), recorder).await();

      assertThat(recorder.status()).isEqualTo(200);
      assertThat(outcome).isEqualTo(new CallOutcome.Completed(
          expected.content(), "", expected.finish(), expected.usage()));
      List<String> deltas = recorder.contentDeltas();
      assertThat(String.join("", deltas)).isEqualTo(expected.content());
      if (!expected.chunks().isEmpty()) {
        assertThat(deltas).containsExactlyElementsOf(expected.chunks());
      }
      assertThat(recorder.events().get(recorder.events().size() - 2))
          .isEqualTo(new StreamEvent.UsageReport(expected.usage()));
      assertThat(recorder.events().getLast()).isInstanceOfSatisfying(StreamEvent.Finish.class,
          finish -> assertThat(finish.reason()).isEqualTo(expected.finish()));
    }
  }

  @Test
  void stream_reasoning_reasoningDeltasKeptApartFromContent() {
    try (Endpoint endpoint = open(Scenario.REASONING, true);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      ContractExpectation expected = endpoint.expected();
      RecordingListener recorder = new RecordingListener();
      CallOutcome outcome = client.stream(request(), recorder).await();

      assertThat(outcome).isInstanceOf(CallOutcome.Completed.class);
      assertThat(outcome.reasoning()).isEqualTo(expected.reasoning());
      assertThat(outcome.content()).isEqualTo(expected.content());
      assertThat(outcome.usage()).isEqualTo(expected.usage());
      assertThat(outcome.usage().reasoningTokens()).isPositive();
      assertThat(recorder.events().getFirst()).isInstanceOf(StreamEvent.ReasoningDelta.class);
    }
  }

  @Test
  void listModels_served_returnsNames() {
    try (Endpoint endpoint = open(Scenario.MODELS, false);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      assertThat(client.listModels()).containsExactlyElementsOf(endpoint.expected().models());
    }
  }

  // ---- errors ----

  static Stream<Arguments> errorScenarios() {
    List<Arguments> cases = new ArrayList<>();
    for (Scenario scenario : List.of(Scenario.RATE_LIMITED, Scenario.CONTEXT_LENGTH,
        Scenario.BACKEND_CRASH, Scenario.BAD_REQUEST, Scenario.UNAVAILABLE)) {
      cases.add(Arguments.of(scenario, false));
      cases.add(Arguments.of(scenario, true));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} streaming={1}")
  @MethodSource("errorScenarios")
  void anyCall_errorResponse_failedWithMappedError(Scenario scenario, boolean streaming) {
    try (Endpoint endpoint = open(scenario, streaming);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      CallOutcome outcome = streaming
          ? client.stream(request(), StreamListener.ignoring()).await()
          : client.call(request());
      assertFailedLike(outcome, endpoint.expected());
    }
  }

  @Test
  void call_bodyNotJson_invalidResponse() {
    try (Endpoint endpoint = open(Scenario.NOT_JSON, false);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      assertFailedLike(client.call(request()), endpoint.expected());
    }
  }

  @Test
  void stream_errorEventMidStream_failureKeepsPartialContent() {
    try (Endpoint endpoint = open(Scenario.MID_STREAM_ERROR, true);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      RecordingListener recorder = new RecordingListener();
      CallOutcome outcome = client.stream(request(), recorder).await();
      assertFailedLike(outcome, endpoint.expected());
      assertThat(recorder.events().getLast()).isInstanceOf(StreamEvent.Failure.class);
    }
  }

  @ParameterizedTest
  @MethodSource("cutScenarios")
  void stream_endsBeforeTerminalEvent_streamInterruptedWithPartialContent(Scenario scenario) {
    try (Endpoint endpoint = open(scenario, true);
        ChatProvider client = endpoint.client(PROMPTLY, PROMPTLY)) {
      RecordingListener recorder = new RecordingListener();
      CallOutcome outcome = client.stream(request(), recorder).await();
      assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
          assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.STREAM_INTERRUPTED));
      assertThat(outcome.content()).isNotEmpty();
      assertKeptContent(outcome, endpoint.expected());
      assertThat(recorder.terminalCount()).isEqualTo(1);
    }
  }

  static Stream<Scenario> cutScenarios() {
    return Stream.of(Scenario.CUT, Scenario.END_EARLY);
  }

  // ---- timeouts, connect failures, cancellation ----

  @Test
  void stream_serverFallsSilent_readTimeoutWithPartialContent() throws InterruptedException {
    try (Endpoint endpoint = open(Scenario.STALL, true);
        ChatProvider client = endpoint.client(Duration.ofMillis(300), Duration.ofSeconds(20))) {
      long start = System.nanoTime();
      CallOutcome outcome = client.stream(request(), StreamListener.ignoring()).await();
      assertTimedOut(outcome, "read timeout", start);
      assertKeptContent(outcome, endpoint.expected());
    }
  }

  @Test
  void call_serverSilentBeforeHeaders_readTimeout() {
    try (Endpoint endpoint = open(Scenario.STALL, false);
        ChatProvider client = endpoint.client(Duration.ofMillis(300), Duration.ofSeconds(20))) {
      long start = System.nanoTime();
      assertTimedOut(client.call(request()), "read timeout", start);
    }
  }

  @Test
  void stream_neverEnds_totalTimeoutClosesConnection() throws InterruptedException {
    try (Endpoint endpoint = open(Scenario.TRICKLE, true);
        ChatProvider client = endpoint.client(Duration.ofSeconds(5), Duration.ofMillis(400))) {
      long start = System.nanoTime();
      CallOutcome outcome = client.stream(request(), StreamListener.ignoring()).await();
      assertTimedOut(outcome, "total timeout", start);
      assertThat(endpoint.awaitDisconnect(PROMPTLY)).as("server saw the disconnect").isTrue();
    }
  }

  @Test
  void anyCall_connectionRefused_connect() throws IOException {
    URI closed;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v1");
    }
    try (ChatProvider client = clientAt(closed, PROMPTLY, PROMPTLY)) {
      assertThat(client.call(request())).isInstanceOfSatisfying(CallOutcome.Failed.class,
          failed -> assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.CONNECT));
      CallOutcome streamed = client.stream(request(), StreamListener.ignoring()).await();
      assertThat(streamed).isInstanceOfSatisfying(CallOutcome.Failed.class,
          failed -> assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.CONNECT));
    }
  }

  @Test
  void stream_cancelMidStream_cancelledAndServerSeesDisconnect() throws InterruptedException {
    try (Endpoint endpoint = open(Scenario.TRICKLE, true);
        ChatProvider client = endpoint.client(PROMPTLY, Duration.ofSeconds(20))) {
      RecordingListener recorder = new RecordingListener();
      StreamingCall call = client.stream(request(), recorder);
      assertThat(recorder.awaitFirstContent(PROMPTLY)).isTrue();

      call.cancel();
      call.cancel();
      CallOutcome outcome = call.outcome().orTimeout(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS)
          .join();

      assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
          assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.CANCELLED));
      assertKeptContent(outcome, endpoint.expected());
      assertThat(endpoint.awaitDisconnect(PROMPTLY)).as("server saw the disconnect").isTrue();
      assertThat(recorder.terminalCount()).isEqualTo(1);
    }
  }

  @Test
  void call_interrupted_cancelledFlagKeptAndServerSeesDisconnect() throws Exception {
    try (Endpoint endpoint = open(Scenario.TRICKLE, false);
        ChatProvider client = endpoint.client(PROMPTLY, Duration.ofSeconds(20))) {
      CompletableFuture<CallOutcome> outcome = new CompletableFuture<>();
      CompletableFuture<Boolean> flagKept = new CompletableFuture<>();
      Thread caller = Thread.ofVirtual().start(() -> {
        outcome.complete(client.call(request()));
        flagKept.complete(Thread.currentThread().isInterrupted());
      });
      assertThat(endpoint.awaitRequest(PROMPTLY)).isTrue();
      Thread.sleep(100); // let the call reach its blocking read; either point must work
      caller.interrupt();

      assertThat(outcome.get(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS))
          .isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
              assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.CANCELLED));
      assertThat(flagKept.get(PROMPTLY.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
      assertThat(endpoint.awaitDisconnect(PROMPTLY)).as("server saw the disconnect").isTrue();
    }
  }

  // ---- helpers ----

  private static void assertFailedLike(CallOutcome outcome, ContractExpectation expected) {
    ProviderError want = expected.error();
    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed -> {
      ProviderError got = failed.error();
      assertThat(got.errorClass()).as("error class of %s", got).isEqualTo(want.errorClass());
      assertThat(got.httpStatus()).as("status of %s", got).isEqualTo(want.httpStatus());
      if (expected.exact()) {
        assertThat(got.code()).as("code of %s", got).isEqualTo(want.code());
        assertThat(got.retryAfter()).as("retryAfter of %s", got).isEqualTo(want.retryAfter());
        assertThat(got.message()).contains(want.message());
      } else if (want.errorClass() == ErrorClass.RATE_LIMITED) {
        assertThat(got.retryHint()).as("retry hint of %s", got).isPresent();
      }
    });
    assertKeptContent(outcome, expected);
  }

  /** A failure keeps what arrived before it. */
  private static void assertKeptContent(CallOutcome outcome, ContractExpectation expected) {
    if (expected.exact() || expected.content().isEmpty()) {
      assertThat(outcome.content()).isEqualTo(expected.content());
    } else {
      assertThat(outcome.content()).isNotEmpty();
      assertThat(expected.content()).startsWith(outcome.content());
    }
  }

  private static void assertTimedOut(CallOutcome outcome, String kind, long startNanos) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed -> {
      assertThat(failed.error().errorClass()).isEqualTo(ErrorClass.TIMEOUT);
      assertThat(failed.error().message()).contains(kind);
    });
    assertThat(elapsed).isLessThan(PROMPTLY);
  }
}
