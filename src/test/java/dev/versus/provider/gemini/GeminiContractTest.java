package dev.versus.provider.gemini;

import dev.versus.core.ErrorClass;
import dev.versus.core.ProviderError;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.Script;
import dev.versus.provider.ScriptedContractTest;
import java.time.Duration;

/**
 * The provider contract against scripted Gemini bytes: {@code \r\n} event separators, no end
 * marker, usage in every event, status-named errors with {@code RetryInfo}.
 */
class GeminiContractTest extends ScriptedContractTest {

  @Override
  protected ChatProvider newClient(ProviderConfig config) {
    return GeminiClient.create(config);
  }

  @Override
  protected String basePath() {
    return "";
  }

  @Override
  protected String chatPath(boolean streaming) {
    return "/v1beta/models/contract-model"
        + (streaming ? ":streamGenerateContent" : ":generateContent");
  }

  @Override
  protected String modelsPath() {
    return "/v1beta/models";
  }

  @Override
  protected String contentEvent(String text) {
    return response("{\"text\":" + q(text) + "}", "", "\"promptTokenCount\":12,"
        + "\"totalTokenCount\":12");
  }

  static String response(String parts, String finishReason, String usage) {
    return "{\"candidates\":[{\"content\":{\"parts\":[" + parts + "],\"role\":\"model\"},"
        + (finishReason.isEmpty() ? "" : "\"finishReason\":\"" + finishReason + "\",")
        + "\"index\":0}],\"usageMetadata\":{" + usage + "},\"modelVersion\":\"contract-model\","
        + "\"responseId\":\"r1\"}";
  }

  private static String gEvent(String data) {
    return "data: " + data + "\r\n\r\n";
  }

  private static final String FULL_USAGE =
      "\"promptTokenCount\":12,\"candidatesTokenCount\":5,\"totalTokenCount\":17";

  @Override
  protected Script answer(boolean streaming, boolean length) {
    String finish = length ? "MAX_TOKENS" : "STOP";
    if (!streaming) {
      return Script.json(200, response("{\"text\":" + q(CHUNKS.get(0) + CHUNKS.get(1)) + "},"
          + "{\"text\":" + q(CHUNKS.get(2)) + "}", finish, FULL_USAGE));
    }
    // the second and third events travel together, split across two writes mid-event
    String rest = gEvent(contentEvent(CHUNKS.get(1)))
        + gEvent(response("{\"text\":" + q(CHUNKS.get(2)) + "}", finish, FULL_USAGE));
    int split = rest.length() - 60;
    return Script.status(200).sse()
        .write(gEvent(contentEvent(CHUNKS.get(0))))
        .write(rest.substring(0, split))
        .pause(Duration.ofMillis(5))
        .write(rest.substring(split))
        .end();
  }

  @Override
  protected Script reasoning() {
    String usage = "\"promptTokenCount\":12,\"candidatesTokenCount\":3,"
        + "\"thoughtsTokenCount\":6,\"totalTokenCount\":21";
    return Script.status(200).sse()
        .write(gEvent(response("{\"text\":" + q(REASONING_CHUNKS.get(0)) + ",\"thought\":true}",
            "", "\"promptTokenCount\":12")))
        .write(gEvent(response("{\"text\":" + q(REASONING_CHUNKS.get(1)) + ",\"thought\":true},"
            + "{\"text\":" + q(CHUNKS.get(0)) + "}", "", "\"promptTokenCount\":12")))
        .write(gEvent(contentEvent(CHUNKS.get(1))))
        .write(gEvent(response("{\"text\":" + q(CHUNKS.get(2)) + "}", "STOP", usage)))
        .end();
  }

  @Override
  protected Script errorResponse(Scenario scenario) {
    return switch (scenario) {
      case RATE_LIMITED -> Script.json(429, "{\"error\":{\"code\":429,\"message\":\"You exceeded"
          + " your current quota, please check your plan and billing details.\",\"status\":"
          + "\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/"
          + "google.rpc.QuotaFailure\",\"violations\":[{\"quotaMetric\":\"generativelanguage."
          + "googleapis.com/generate_content_free_tier_requests\",\"quotaValue\":\"10\"}]},"
          + "{\"@type\":\"type.googleapis.com/google.rpc.Help\",\"links\":[{\"description\":"
          + "\"Learn more\",\"url\":\"https://ai.google.dev/gemini-api/docs/rate-limits\"}]},"
          + "{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"13s\"}]}}");
      case CONTEXT_LENGTH -> Script.json(400, error(400, "The input token count (1200000) exceeds"
          + " the maximum number of tokens allowed (1048576).", "INVALID_ARGUMENT"));
      case BACKEND_CRASH -> Script.json(500, error(500,
          "CUDA error: an illegal memory access was encountered", "INTERNAL"));
      case BAD_REQUEST -> Script.json(400, error(400,
          "Invalid value at 'generation_config.temperature' (TYPE_FLOAT), \"hot\"",
          "INVALID_ARGUMENT"));
      case UNAVAILABLE -> Script.json(503, error(503,
          "The model is overloaded. Please try again later.", "UNAVAILABLE"));
      default -> throw new IllegalArgumentException(scenario.name());
    };
  }

  static String error(int code, String message, String status) {
    return "{\"error\":{\"code\":" + code + ",\"message\":" + q(message) + ",\"status\":\""
        + status + "\"}}";
  }

  @Override
  protected ProviderError expectedError(Scenario scenario) {
    return switch (scenario) {
      case RATE_LIMITED -> new ProviderError(ErrorClass.RATE_LIMITED, 429, "exceeded your current"
          + " quota", "RESOURCE_EXHAUSTED", Duration.ofSeconds(13));
      case CONTEXT_LENGTH -> new ProviderError(ErrorClass.CONTEXT_LENGTH, 400,
          "exceeds the maximum number of tokens", "INVALID_ARGUMENT", Duration.ZERO);
      case BACKEND_CRASH -> new ProviderError(ErrorClass.BACKEND_CRASH, 500, "CUDA error",
          "INTERNAL", Duration.ZERO);
      case BAD_REQUEST -> new ProviderError(ErrorClass.HTTP_4XX, 400, "temperature",
          "INVALID_ARGUMENT", Duration.ZERO);
      case UNAVAILABLE -> new ProviderError(ErrorClass.HTTP_5XX, 503, "overloaded",
          "UNAVAILABLE", Duration.ZERO);
      case MID_STREAM_ERROR -> new ProviderError(ErrorClass.HTTP_5XX, 200, "overloaded",
          "UNAVAILABLE", Duration.ZERO);
      default -> throw new IllegalArgumentException(scenario.name());
    };
  }

  @Override
  protected Script midStreamError() {
    return Script.status(200).sse()
        .write(gEvent(contentEvent("Hola")))
        .write(gEvent(error(503, "The model is overloaded.", "UNAVAILABLE")))
        .end();
  }

  @Override
  protected Script models() {
    return Script.json(200, "{\"models\":[{\"name\":\"models/contract-model\",\"version\":\"001\","
        + "\"displayName\":\"Contract\",\"supportedGenerationMethods\":[\"generateContent\"]},"
        + "{\"name\":\"models/other-model\"}]}");
  }
}
