package dev.versus.provider;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ProviderError;
import dev.versus.core.Usage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@link ProviderContractTest} against a {@link ScriptedHttpServer} that serves the exact
 * bytes of one wire format. Subclasses supply the wire-specific bytes and expected errors; the
 * shapes common to every SSE wire (stalls, trickles, cuts) are built here from {@link
 * #contentEvent}.
 */
public abstract class ScriptedContractTest extends ProviderContractTest {
  /** The API key every scripted client sends. */
  protected static final String KEY = "test-key-not-secret";

  /** The answer every scripted endpoint gives, split into multi-token chunks. */
  protected static final List<String> CHUNKS = List.of("Hola", ", mun", "do ñandú 😀.");

  protected static final String ANSWER = String.join("", CHUNKS);
  protected static final Usage ANSWER_USAGE = Usage.server(12, 5, 0);
  protected static final List<String> REASONING_CHUNKS = List.of("Pienso", " un poco.");
  protected static final Usage REASONING_USAGE = Usage.server(12, 9, 6);
  protected static final List<String> MODELS = List.of("contract-model", "other-model");

  /** {@code text} as a JSON string literal. */
  protected static String q(String text) {
    return Json.object().textNode(text).toString();
  }

  /** A client of the wire under test. */
  protected abstract ChatProvider newClient(ProviderConfig config);

  /** The base path of the API root, e.g. {@code /v1} ({@code ""} for Gemini). */
  protected abstract String basePath();

  /** The full path (no query) a chat call of this kind is posted to. */
  protected abstract String chatPath(boolean streaming);

  protected abstract String modelsPath();

  /** The SSE data of an event carrying {@code text} as content, without a finish. */
  protected abstract String contentEvent(String text);

  /** The answer {@link #CHUNKS} with {@link #ANSWER_USAGE}, finishing with stop or length. */
  protected abstract Script answer(boolean streaming, boolean length);

  /** A stream with {@link #REASONING_CHUNKS} as reasoning, then {@link #ANSWER}. */
  protected abstract Script reasoning();

  /** The error response of an error scenario. */
  protected abstract Script errorResponse(Scenario scenario);

  /** What an error scenario (including {@code MID_STREAM_ERROR}) must produce. */
  protected abstract ProviderError expectedError(Scenario scenario);

  /** Streams {@code "Hola"}, then an error event. */
  protected abstract Script midStreamError();

  protected abstract Script models();

  @Override
  protected Endpoint open(Scenario scenario, boolean streaming) {
    ScriptedHttpServer server = ScriptedHttpServer.start();
    String path = scenario == Scenario.MODELS ? modelsPath() : chatPath(streaming);
    server.route(path, script(scenario, streaming));
    ContractExpectation expected = expected(scenario);
    return new Endpoint() {
      @Override
      public ChatProvider client(Duration readTimeout, Duration totalTimeout) {
        return clientAt(server.uri(basePath()), readTimeout, totalTimeout);
      }

      @Override
      public ContractExpectation expected() {
        return expected;
      }

      @Override
      public boolean awaitDisconnect(Duration bound) throws InterruptedException {
        return server.awaitDisconnect(bound);
      }

      @Override
      public boolean awaitRequest(Duration bound) throws InterruptedException {
        return server.awaitRequest(bound);
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  @Override
  protected ChatProvider clientAt(URI base, Duration readTimeout, Duration totalTimeout) {
    return newClient(new ProviderConfig(base, KEY, "contract-model", Duration.ofSeconds(2),
        readTimeout, totalTimeout, Map.of()));
  }

  private Script script(Scenario scenario, boolean streaming) {
    return switch (scenario) {
      case ANSWER -> answer(streaming, false);
      case ANSWER_LENGTH -> answer(streaming, true);
      case REASONING -> reasoning();
      case RATE_LIMITED, CONTEXT_LENGTH, BACKEND_CRASH, BAD_REQUEST, UNAVAILABLE ->
          errorResponse(scenario);
      case NOT_JSON -> Script.status(200).header("Content-Type", "text/html")
          .write("<html><body>gateway says hi</body></html>").end();
      case MID_STREAM_ERROR -> midStreamError();
      case CUT -> Script.status(200).sse().event(contentEvent("Hola"))
          .event(contentEvent(", mun")).cut();
      case END_EARLY -> Script.status(200).sse().event(contentEvent("Hola"))
          .event(contentEvent(", mun")).end();
      case STALL -> streaming
          ? Script.status(200).sse().event(contentEvent("Hola"))
              .pause(Duration.ofSeconds(20)).end()
          : Script.status(200).delayHeaders(Duration.ofSeconds(20))
              .header("Content-Type", "application/json").write("{}").end();
      case TRICKLE -> streaming
          ? Script.status(200).sse().event(contentEvent("Hola"))
              .hold(": keep-alive\n\n", Duration.ofMillis(20)).end()
          : Script.status(200).header("Content-Type", "application/json")
              .hold(" ", Duration.ofMillis(20)).end();
      case MODELS -> models();
    };
  }

  private ContractExpectation expected(Scenario scenario) {
    return switch (scenario) {
      case ANSWER -> ContractExpectation.answer(ANSWER, CHUNKS, FinishReason.STOP, ANSWER_USAGE);
      case ANSWER_LENGTH -> ContractExpectation.answer(ANSWER, CHUNKS, FinishReason.LENGTH, ANSWER_USAGE);
      case REASONING -> ContractExpectation.answer(ANSWER, CHUNKS, FinishReason.STOP, REASONING_USAGE)
          .withReasoning(String.join("", REASONING_CHUNKS));
      case RATE_LIMITED, CONTEXT_LENGTH, BACKEND_CRASH, BAD_REQUEST, UNAVAILABLE ->
          ContractExpectation.failure("", expectedError(scenario));
      case MID_STREAM_ERROR -> ContractExpectation.failure("Hola", expectedError(scenario));
      case NOT_JSON -> ContractExpectation.failure("", new ProviderError(ErrorClass.INVALID_RESPONSE, 200,
          "not a JSON object", "", Duration.ZERO));
      case CUT, END_EARLY -> ContractExpectation.failure("Hola, mun",
          ProviderError.of(ErrorClass.STREAM_INTERRUPTED, ""));
      case STALL, TRICKLE -> ContractExpectation.failure("Hola", ProviderError.of(ErrorClass.TIMEOUT, ""));
      case MODELS -> ContractExpectation.models(MODELS);
    };
  }
}
