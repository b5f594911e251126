package dev.versus.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.Role;
import dev.versus.core.SamplingParams;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiWireTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The body as a Jackson tree serialises it: what the generator must write byte for byte. */
  private static String viaTree(ChatRequest request, boolean stream) throws Exception {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("model", request.model());
    ArrayNode messages = body.putArray("messages");
    for (Message m : request.messages()) {
      messages.addObject().put("role", m.role().wireName()).put("content", m.content());
    }
    body.put("stream", stream);
    if (stream) {
      body.putObject("stream_options").put("include_usage", true);
    }
    SamplingParams s = request.sampling();
    s.temperature().ifPresent(v -> body.put("temperature", v));
    s.topP().ifPresent(v -> body.put("top_p", v));
    s.maxTokens().ifPresent(v -> body.put("max_tokens", v));
    s.seed().ifPresent(v -> body.put("seed", v));
    if (!s.stop().isEmpty()) {
      ArrayNode stop = body.putArray("stop");
      s.stop().forEach(stop::add);
    }
    if (s.ignoreEos()) {
      body.put("ignore_eos", true);
    }
    return new String(MAPPER.writeValueAsBytes(body), StandardCharsets.UTF_8); // as sent before
  }

  @Test
  void chatBody_isWhatTheTreeWouldWrite_escapesAndAllSamplingFieldsIncluded() throws Exception {
    List<Message> messages = List.of(
        new Message(Role.SYSTEM, "Eres útil. \"Cita\" \\ y\nsalto \u0001 😀"),
        new Message(Role.USER, "¿Cuánto es 2+2?"));
    SamplingParams all = SamplingParams.defaults().withTemperature(0.7).withTopP(0.95)
        .withMaxTokens(256).withSeed(1L << 40).withStop(List.of("\n\n", "FIN")).withIgnoreEos(true);
    for (SamplingParams sampling : List.of(SamplingParams.defaults(), all)) {
      ChatRequest request = new ChatRequest("llama-4-maverick", messages, sampling);
      for (boolean stream : List.of(false, true)) {
        assertThat(new String(OpenAiWire.chatBody(request, stream), StandardCharsets.UTF_8))
            .isEqualTo(viaTree(request, stream));
      }
    }
  }

  @Test
  void completionBody_writesModelPromptAndSampling() throws Exception {
    String body = new String(OpenAiWire.completionBody("m", "Once upon",
        SamplingParams.defaults().withMaxTokens(8), true), StandardCharsets.UTF_8);
    assertThat(body).isEqualTo("{\"model\":\"m\",\"prompt\":\"Once upon\",\"stream\":true,"
        + "\"stream_options\":{\"include_usage\":true},\"max_tokens\":8}");
  }
}
