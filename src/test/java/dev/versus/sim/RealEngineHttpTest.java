package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The HTTP layer over the real engine (instant and small timed profiles built in code). */
class RealEngineHttpTest {

  /**
   * step = 5 ms, prefill 10,000 tokens/s, one token per step, no jitter, the given limits and
   * faults.
   */
  private static Profile timed(
      String name, ErrorStyle style, Profile.Limits limits, Profile.Faults faults) {
    return new Profile(
        name,
        List.of("vendor/" + name),
        style,
        new Profile.Batching(8, 1_000_000, 10_000, 0, 5, 0, 1, 0),
        limits,
        faults,
        new Profile.Memory(1_000_000, 100),
        new Profile.Quality(Map.of("default", 1.0), 0));
  }

  private static Profile.Limits limits(int contextWindow, double reasoningShare) {
    return new Profile.Limits(contextWindow, 10_000, 1_000, 64, 512, reasoningShare);
  }

  private static Profile.Faults faults(
      int crashThreshold, int requestsPerMinute, double cutProbability) {
    return new Profile.Faults(
        crashThreshold,
        "CUDA_ERROR_ILLEGAL_ADDRESS: simulated",
        60,
        requestsPerMinute,
        0,
        0,
        0,
        0,
        cutProbability);
  }

  private static Profile.Faults noFaults() {
    return faults(0, 0, 0);
  }

  @Test
  void instant_streamAndWholeAnswer_agreeAndHonourMaxTokensExactly() {
    try (SimServer server = SimHttp.start(SimModels.create(Profiles.load("instant"), 3))) {
      SimHttp http = new SimHttp(server);
      String extra = "\"max_tokens\":100,\"ignore_eos\":true,\"seed\":5";

      JsonNode whole =
          SimHttp.json(
              http.post("/v1/chat/completions", SimHttp.chatBody("instant", false, extra)).body());
      List<String> events =
          SimHttp.dataEvents(
              http.post(
                      "/v1/chat/completions",
                      SimHttp.chatBody(
                          "instant", true, extra + ",\"stream_options\":{\"include_usage\":true}"))
                  .body());

      assertThat(whole.at("/usage/completion_tokens").asInt()).isEqualTo(100);
      assertThat(whole.at("/choices/0/finish_reason").asText()).isEqualTo("length");
      StringBuilder streamed = new StringBuilder();
      for (String event : events.subList(0, events.size() - 3)) {
        streamed.append(SimHttp.json(event).at("/choices/0/delta/content").asText());
      }
      assertThat(streamed.toString())
          .isEqualTo(whole.at("/choices/0/message/content").asText())
          .isNotBlank();
      assertThat(events.size() - 3).as("chunks of several tokens").isLessThan(100);
      assertThat(SimHttp.json(events.get(events.size() - 2)).at("/usage/completion_tokens").asInt())
          .isEqualTo(100);
      assertThat(events).last().isEqualTo("[DONE]");
    }
  }

  @Test
  void reasoningProfile_gemini_sendsThoughtPartsAndSplitsUsage() {
    Profile thinker = timed("thinker", ErrorStyle.OPENAI, limits(100_000, 0.5), noFaults());
    try (SimServer server = SimHttp.start(SimModels.create(thinker, 1))) {
      SimHttp http = new SimHttp(server);

      List<String> events =
          SimHttp.dataEvents(
              http.post(
                      "/v1beta/models/thinker:streamGenerateContent?alt=sse",
                      "{\"contents\":[{\"parts\":[{\"text\":\"piensa\"}]}],\"generationConfig\":{\"maxOutputTokens\":20}}")
                  .body());

      assertThat(events)
          .anySatisfy(
              e ->
                  assertThat(
                          SimHttp.json(e).at("/candidates/0/content/parts/0/thought").asBoolean())
                      .isTrue());
      JsonNode last = SimHttp.json(events.get(events.size() - 1));
      assertThat(last.at("/candidates/0/finishReason").asText()).isNotEmpty();
      JsonNode usage = last.get("usageMetadata");
      assertThat(usage.get("thoughtsTokenCount").asInt()).isPositive();
      assertThat(
              usage.get("candidatesTokenCount").asInt() + usage.get("thoughtsTokenCount").asInt())
          .isLessThanOrEqualTo(20);
      assertThat(usage.get("totalTokenCount").asInt())
          .isEqualTo(
              usage.get("promptTokenCount").asInt()
                  + usage.get("candidatesTokenCount").asInt()
                  + usage.get("thoughtsTokenCount").asInt());
    }
  }

  @Test
  void contextWindow_exceeded_isTheServersOwn400InEachFormat() {
    String longPrompt = "palabra ".repeat(200);
    try (SimServer server =
        SimHttp.start(
            SimModels.create(timed("small", ErrorStyle.OPENAI, limits(100, 0), noFaults()), 1),
            SimModels.create(timed("vsmall", ErrorStyle.VLLM, limits(100, 0), noFaults()), 1))) {
      SimHttp http = new SimHttp(server);
      String chat =
          "{\"model\":\"%s\",\"messages\":[{\"role\":\"user\",\"content\":\""
              + longPrompt
              + "\"}]}";

      HttpResponse<String> openAi = http.post("/v1/chat/completions", chat.formatted("small"));
      HttpResponse<String> vllm = http.post("/v1/chat/completions", chat.formatted("vsmall"));
      HttpResponse<String> gemini =
          http.post(
              "/v1beta/models/small:generateContent",
              "{\"contents\":[{\"parts\":[{\"text\":\"" + longPrompt + "\"}]}]}");

      assertThat(openAi.statusCode()).isEqualTo(400);
      assertThat(SimHttp.json(openAi.body()).at("/error/code").asText())
          .isEqualTo("context_length_exceeded");
      assertThat(vllm.statusCode()).isEqualTo(400);
      assertThat(SimHttp.json(vllm.body()).at("/error/code").asInt()).isEqualTo(400);
      assertThat(SimHttp.json(vllm.body()).at("/error/type").asText()).isEqualTo("BadRequestError");
      assertThat(gemini.statusCode()).isEqualTo(400);
      assertThat(SimHttp.json(gemini.body()).at("/error/status").asText())
          .isEqualTo("INVALID_ARGUMENT");
    }
  }

  @Test
  void requestQuota_spent_gives429WithRetryAfter() {
    try (SimServer server =
        SimHttp.start(
            SimModels.create(
                timed("quota", ErrorStyle.OPENAI, limits(100_000, 0), faults(0, 1, 0)), 1))) {
      SimHttp http = new SimHttp(server);

      HttpResponse<String> first =
          http.post("/v1/chat/completions", SimHttp.chatBody("quota", false, "\"max_tokens\":2"));
      HttpResponse<String> second =
          http.post("/v1/chat/completions", SimHttp.chatBody("quota", false, "\"max_tokens\":2"));
      HttpResponse<String> gemini =
          http.post(
              "/v1beta/models/quota:generateContent",
              "{\"contents\":[{\"parts\":[{\"text\":\"x\"}]}]}");

      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(second.statusCode()).isEqualTo(429);
      assertThat(second.headers().firstValue("retry-after")).isPresent();
      assertThat(SimHttp.json(second.body()).at("/error/code").asText())
          .isEqualTo("rate_limit_exceeded");
      assertThat(gemini.statusCode()).isEqualTo(429);
      assertThat(SimHttp.json(gemini.body()).at("/error/details/0/retryDelay").asText())
          .endsWith("s");
    }
  }

  @Test
  void crashThreshold_crossed_failsInFlightStreamsWithErrorEventThenRefuses() throws Exception {
    try (SimServer server =
        SimHttp.start(
            SimModels.create(
                timed("fragile", ErrorStyle.VLLM, limits(100_000, 0), faults(1, 0, 0)), 1))) {
      SimHttp http = new SimHttp(server);
      String longStream =
          SimHttp.chatBody("fragile", true, "\"max_tokens\":2000,\"ignore_eos\":true");
      HttpResponse<InputStream> inFlight =
          http.client()
              .send(
                  HttpRequest.newBuilder(http.uri("/v1/chat/completions"))
                      .POST(HttpRequest.BodyPublishers.ofString(longStream))
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(inFlight.body(), StandardCharsets.UTF_8))) {
        assertThat(in.readLine()).startsWith("data: ");

        HttpResponse<String> crossing = http.post("/v1/chat/completions", longStream);
        assertThat(crossing.statusCode()).isEqualTo(500);
        assertThat(SimHttp.json(crossing.body()).at("/error/message").asText())
            .contains("CUDA_ERROR_ILLEGAL_ADDRESS");

        List<String> rest = in.lines().filter(line -> line.startsWith("data: ")).toList();
        JsonNode error = SimHttp.json(rest.get(rest.size() - 1).substring(6)).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(500);
        assertThat(error.get("message").asText()).contains("CUDA_ERROR_ILLEGAL_ADDRESS");
        assertThat(rest).doesNotContain("data: [DONE]");
      }
      HttpResponse<String> recovering =
          http.post("/v1/chat/completions", SimHttp.chatBody("fragile", false, ""));
      assertThat(recovering.statusCode()).isIn(500, 503);
    }
  }

  @Test
  void timedStream_metricsMoveAndDisconnectIsCounted() throws Exception {
    try (SimServer server =
        SimHttp.start(
            SimModels.create(timed("slow", ErrorStyle.VLLM, limits(100_000, 0), noFaults()), 1))) {
      SimHttp http = new SimHttp(server);
      HttpResponse<InputStream> stream =
          http.client()
              .send(
                  HttpRequest.newBuilder(http.uri("/v1/chat/completions"))
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              SimHttp.chatBody(
                                  "slow", true, "\"max_tokens\":5000,\"ignore_eos\":true")))
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
      InputStream body = stream.body();
      assertThat(body.read()).isNotNegative();

      Map<String, Double> during = MetricsEndpointTest.parse(http.get("/metrics").body());
      assertThat(during).containsEntry("vllm:num_requests_running{model_name=\"slow\"}", 1.0);
      assertThat(during.get("vllm:kv_cache_usage_perc{model_name=\"slow\"}")).isGreaterThan(0);
      assertThat(during.get("versus_sim_memory_bytes{model_name=\"slow\"}"))
          .isGreaterThan(1_000_000);

      body.close(); // the client goes away mid-stream
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      Map<String, Double> after = during;
      while (System.nanoTime() < deadline
          && after.get("versus_sim_disconnects_total{model_name=\"slow\"}") < 1) {
        Thread.sleep(50);
        after = MetricsEndpointTest.parse(http.get("/metrics").body());
      }
      assertThat(after).containsEntry("versus_sim_disconnects_total{model_name=\"slow\"}", 1.0);
      assertThat(after).containsEntry("vllm:num_requests_running{model_name=\"slow\"}", 0.0);
    }
  }
}
