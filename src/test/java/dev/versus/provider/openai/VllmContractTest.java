package dev.versus.provider.openai;

import dev.versus.core.ErrorClass;
import dev.versus.core.ProviderError;
import dev.versus.provider.Script;
import java.time.Duration;

/**
 * The provider contract against scripted vLLM bytes: integer error codes, the older top-level
 * {@code {"object": "error"}} shape, and crash names in the error type.
 */
class VllmContractTest extends OpenAiContractTest {

  @Override
  protected Script errorResponse(Scenario scenario) {
    return switch (scenario) {
      case RATE_LIMITED -> Script.status(429).header("Content-Type", "application/json")
          .header("Retry-After", "7").write(error("Too many requests", "TooManyRequests", "429"))
          .end();
      case CONTEXT_LENGTH -> Script.json(400, error("This model's maximum context length is"
          + " 32768 tokens. However, you requested 40000 tokens (39000 in the messages, 1000 in"
          + " the completion).", "BadRequestError", "400"));
      case BACKEND_CRASH -> Script.json(500, "{\"object\":\"error\",\"message\":\"EngineCore "
          + "encountered an issue. See stack trace for the root cause.\",\"type\":"
          + "\"EngineDeadError\",\"param\":null,\"code\":500}");
      case BAD_REQUEST -> Script.json(400, error("temperature must be non-negative",
          "BadRequestError", "400"));
      case UNAVAILABLE -> Script.json(503, error("Service Unavailable", "ServiceUnavailableError",
          "503"));
      default -> throw new IllegalArgumentException(scenario.name());
    };
  }

  @Override
  protected ProviderError expectedError(Scenario scenario) {
    return switch (scenario) {
      case RATE_LIMITED -> new ProviderError(ErrorClass.RATE_LIMITED, 429, "Too many requests",
          "429", Duration.ofSeconds(7));
      case CONTEXT_LENGTH -> new ProviderError(ErrorClass.CONTEXT_LENGTH, 400,
          "maximum context length", "400", Duration.ZERO);
      case BACKEND_CRASH -> new ProviderError(ErrorClass.BACKEND_CRASH, 500, "EngineCore",
          "500", Duration.ZERO);
      case BAD_REQUEST -> new ProviderError(ErrorClass.HTTP_4XX, 400, "temperature", "400",
          Duration.ZERO);
      case UNAVAILABLE -> new ProviderError(ErrorClass.HTTP_5XX, 503, "Service Unavailable",
          "503", Duration.ZERO);
      case MID_STREAM_ERROR -> new ProviderError(ErrorClass.BACKEND_CRASH, 200,
          "illegal memory access", "500", Duration.ZERO);
      default -> throw new IllegalArgumentException(scenario.name());
    };
  }

  @Override
  protected Script midStreamError() {
    return Script.status(200).sse()
        .event(contentEvent("Hola"))
        .event(error("CUDA error: an illegal memory access was encountered",
            "InternalServerError", "500"))
        .end();
  }
}
