package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.Role;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiWireTest {
  private ScriptedModel model;
  private ScriptedModel thinker;
  private SimServer server;
  private SimHttp http;

  @BeforeEach
  void start() {
    model =
        new ScriptedModel("llama-4-maverick", ErrorStyle.VLLM, 0, "meta-llama/Llama-4-Maverick");
    thinker = new ScriptedModel("thinker", ErrorStyle.OPENAI, 2);
    server = SimHttp.start(model, thinker);
    http = new SimHttp(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void chat_nonStreaming_returnsCompletionWithExactUsage() {
    HttpResponse<String> response =
        http.post(
            "/v1/chat/completions",
            SimHttp.chatBody("llama-4-maverick", false, "\"max_tokens\":3"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("x-versus-simulated")).hasValue("true");
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    JsonNode body = SimHttp.json(response.body());
    assertThat(body.get("id").asText()).startsWith("chatcmpl-");
    assertThat(body.get("object").asText()).isEqualTo("chat.completion");
    assertThat(body.get("created").asLong()).isEqualTo(1_700_000_000L);
    assertThat(body.get("model").asText()).isEqualTo("llama-4-maverick");
    JsonNode choice = body.get("choices").get(0);
    assertThat(choice.get("message").get("role").asText()).isEqualTo("assistant");
    assertThat(choice.get("message").get("content").asText()).isEqualTo("w0 w1 w2 ");
    assertThat(choice.get("finish_reason").asText()).isEqualTo("length");
    JsonNode usage = body.get("usage");
    assertThat(usage.get("prompt_tokens").asInt()).isEqualTo(2);
    assertThat(usage.get("completion_tokens").asInt()).isEqualTo(3);
    assertThat(usage.get("total_tokens").asInt()).isEqualTo(5);
    assertThat(usage.get("completion_tokens_details").get("reasoning_tokens").asInt()).isZero();
  }

  @Test
  void chat_streamingWithUsage_framesChunksThenUsageWithEmptyChoicesThenDone() {
    HttpResponse<String> response =
        http.post(
            "/v1/chat/completions",
            SimHttp.chatBody(
                "llama-4-maverick",
                true,
                "\"max_tokens\":2,\"stream_options\":{\"include_usage\":true}"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElseThrow())
        .startsWith("text/event-stream");
    List<String> events = SimHttp.dataEvents(response.body());
    assertThat(events).hasSize(5);
    JsonNode first = SimHttp.json(events.get(0));
    assertThat(first.get("object").asText()).isEqualTo("chat.completion.chunk");
    assertThat(first.get("choices").get(0).get("delta").get("role").asText())
        .isEqualTo("assistant");
    assertThat(first.get("choices").get(0).get("delta").get("content").asText()).isEqualTo("w0 ");
    assertThat(first.get("choices").get(0).get("finish_reason").isNull()).isTrue();
    assertThat(first.get("usage").isNull()).isTrue();
    JsonNode second = SimHttp.json(events.get(1));
    assertThat(second.get("choices").get(0).get("delta").has("role")).isFalse();
    assertThat(second.get("id").asText()).isEqualTo(first.get("id").asText());
    JsonNode finish = SimHttp.json(events.get(2));
    assertThat(finish.get("choices").get(0).get("finish_reason").asText()).isEqualTo("length");
    JsonNode usage = SimHttp.json(events.get(3));
    assertThat(usage.get("choices")).isEmpty();
    assertThat(usage.get("usage").get("completion_tokens").asInt()).isEqualTo(2);
    assertThat(usage.get("usage").get("total_tokens").asInt()).isEqualTo(4);
    assertThat(events.get(4)).isEqualTo("[DONE]");
  }

  @Test
  void chat_streamingWithoutUsage_hasNoUsageChunk() {
    HttpResponse<String> response =
        http.post(
            "/v1/chat/completions", SimHttp.chatBody("llama-4-maverick", true, "\"max_tokens\":2"));

    List<String> events = SimHttp.dataEvents(response.body());
    assertThat(events).hasSize(4).last().isEqualTo("[DONE]");
    assertThat(events.subList(0, 3))
        .allSatisfy(e -> assertThat(SimHttp.json(e).has("usage")).isFalse());
  }

  @Test
  void chat_reasoningModel_sendsReasoningContentSeparately() {
    HttpResponse<String> stream =
        http.post(
            "/v1/chat/completions",
            SimHttp.chatBody(
                "thinker",
                true,
                "\"max_completion_tokens\":1,\"stream_options\":{\"include_usage\":true}"));
    HttpResponse<String> whole =
        http.post(
            "/v1/chat/completions",
            SimHttp.chatBody("thinker", false, "\"max_completion_tokens\":1"));

    List<String> events = SimHttp.dataEvents(stream.body());
    JsonNode firstDelta = SimHttp.json(events.get(0)).get("choices").get(0).get("delta");
    assertThat(firstDelta.get("reasoning_content").asText()).isEqualTo("r0 ");
    assertThat(firstDelta.has("content")).isFalse();
    assertThat(
            SimHttp.json(events.get(2)).get("choices").get(0).get("delta").get("content").asText())
        .isEqualTo("w0 ");
    JsonNode body = SimHttp.json(whole.body());
    assertThat(body.at("/choices/0/message/content").asText()).isEqualTo("w0 ");
    assertThat(body.at("/choices/0/message/reasoning_content").asText()).isEqualTo("r0 r1 ");
    assertThat(body.at("/usage/completion_tokens").asInt()).isEqualTo(3);
    assertThat(body.at("/usage/completion_tokens_details/reasoning_tokens").asInt()).isEqualTo(2);
  }

  @Test
  void completions_rawPrompt_becomesOneUserMessageAndAnswersUnderText() {
    HttpResponse<String> whole =
        http.post(
            "/v1/completions",
            "{\"model\":\"meta-llama/Llama-4-Maverick\",\"prompt\":\"once upon a"
                + " time\",\"max_tokens\":2}");
    HttpResponse<String> stream =
        http.post(
            "/v1/completions",
            "{\"model\":\"llama-4-maverick\",\"prompt\":[\"once\"],\"max_tokens\":2,\"stream\":true}");

    assertThat(whole.statusCode()).isEqualTo(200);
    JsonNode body = SimHttp.json(whole.body());
    assertThat(body.get("object").asText()).isEqualTo("text_completion");
    assertThat(body.get("id").asText()).startsWith("cmpl-");
    assertThat(body.get("model").asText()).isEqualTo("meta-llama/Llama-4-Maverick");
    assertThat(body.at("/choices/0/text").asText()).isEqualTo("w0 w1 ");
    assertThat(body.at("/usage/prompt_tokens").asInt()).isEqualTo(4);
    GenerationRequest received = model.received.get(0);
    assertThat(received.messages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.role()).isEqualTo(Role.USER);
              assertThat(m.content()).isEqualTo("once upon a time");
            });
    List<String> events = SimHttp.dataEvents(stream.body());
    assertThat(SimHttp.json(events.get(0)).at("/choices/0/text").asText()).isEqualTo("w0 ");
    assertThat(events).last().isEqualTo("[DONE]");
  }

  @Test
  void chat_samplingFields_reachTheEngine() {
    http.post(
        "/v1/chat/completions",
        "{\"model\":\"llama-4-maverick\",\"messages\":[{\"role\":\"developer\",\"content\":\"be"
            + " brief\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi"
            + " \"},{\"type\":\"text\",\"text\":\"you\"}]}],"
            + "\"max_tokens\":9,\"max_completion_tokens\":4,\"temperature\":0.5,\"top_p\":0.9,\"seed\":42,"
            + "\"stop\":[\"END\"],\"ignore_eos\":true,\"unknown_field\":1}");

    GenerationRequest request = model.received.get(0);
    assertThat(request.format()).isEqualTo(WireFormat.OPENAI);
    assertThat(request.stream()).isFalse();
    assertThat(request.messages().get(0).role()).isEqualTo(Role.SYSTEM);
    assertThat(request.messages().get(1).content()).isEqualTo("hi you");
    assertThat(request.sampling().maxTokens()).hasValue(4);
    assertThat(request.sampling().temperature()).hasValue(0.5);
    assertThat(request.sampling().topP()).hasValue(0.9);
    assertThat(request.sampling().seed()).hasValue(42L);
    assertThat(request.sampling().stop()).containsExactly("END");
    assertThat(request.sampling().ignoreEos()).isTrue();
  }

  @Test
  void models_listsEveryServedName() {
    HttpResponse<String> response = http.get("/v1/models");

    JsonNode body = SimHttp.json(response.body());
    assertThat(body.get("object").asText()).isEqualTo("list");
    assertThat(body.get("data").findValuesAsText("id"))
        .containsExactly("llama-4-maverick", "meta-llama/Llama-4-Maverick", "thinker");
    assertThat(http.get("/v1/models/thinker").statusCode()).isEqualTo(200);
  }

  @Test
  void health_isOk() {
    HttpResponse<String> response = http.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("x-versus-simulated")).hasValue("true");
  }

  @Test
  void ids_areDeterministicPerServer() {
    String first =
        SimHttp.json(
                http.post("/v1/chat/completions", SimHttp.chatBody("thinker", false, "")).body())
            .get("id")
            .asText();
    String second =
        SimHttp.json(
                http.post("/v1/chat/completions", SimHttp.chatBody("thinker", false, "")).body())
            .get("id")
            .asText();

    assertThat(first).isEqualTo("chatcmpl-sim-000000000001");
    assertThat(second).isEqualTo("chatcmpl-sim-000000000002");
  }
}
