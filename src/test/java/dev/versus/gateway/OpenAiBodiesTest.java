package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The chunks and completions the gateway writes, read back as a client would. */
class OpenAiBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OpenAiBodies.Header H =
      new OpenAiBodies.Header("chatcmpl-1", 1_795_729_672L, "gemini \"flash\"");

  @Test
  void firstDelta_hasRoleAndContent_andANullFinishReason() throws Exception {
    JsonNode chunk = event(OpenAiBodies.delta(H, true, "hola\n\"mundo\" 🙂", ""));

    assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
    assertThat(chunk.path("model").asText()).isEqualTo("gemini \"flash\"");
    JsonNode choice = chunk.path("choices").path(0);
    assertThat(choice.path("delta").path("role").asText()).isEqualTo("assistant");
    assertThat(choice.path("delta").path("content").asText()).isEqualTo("hola\n\"mundo\" 🙂");
    assertThat(choice.path("finish_reason").isNull()).isTrue();
  }

  @Test
  void reasoningDelta_hasNoContentField() throws Exception {
    JsonNode delta = event(OpenAiBodies.delta(H, false, "", "pienso")).path("choices").path(0)
        .path("delta");

    assertThat(delta.has("role")).isFalse();
    assertThat(delta.has("content")).isFalse();
    assertThat(delta.path("reasoning_content").asText()).isEqualTo("pienso");
  }

  @Test
  void finishAndUsageChunks_carryTheReasonAndTheTokens() throws Exception {
    JsonNode finish = event(OpenAiBodies.finish(H, false, FinishReason.LENGTH));
    JsonNode usage = event(OpenAiBodies.usageChunk(H, Usage.server(10, 16, 3)));

    assertThat(finish.path("choices").path(0).path("finish_reason").asText()).isEqualTo("length");
    assertThat(finish.path("choices").path(0).path("delta").size()).isZero();
    assertThat(usage.path("choices").isArray()).isTrue();
    assertThat(usage.path("choices").size()).isZero();
    assertThat(usage.path("usage").path("total_tokens").asInt()).isEqualTo(26);
    assertThat(usage.path("usage").path("completion_tokens_details").path("reasoning_tokens")
        .asInt()).isEqualTo(3);
  }

  @Test
  void completion_isOneObjectWithMessageAndUsage() throws Exception {
    JsonNode c = JSON.readTree(
        OpenAiBodies.completion(H, "answer", "why", FinishReason.STOP, Usage.server(1, 2, 0)));

    assertThat(c.path("object").asText()).isEqualTo("chat.completion");
    JsonNode message = c.path("choices").path(0).path("message");
    assertThat(message.path("content").asText()).isEqualTo("answer");
    assertThat(message.path("reasoning_content").asText()).isEqualTo("why");
    assertThat(c.path("choices").path(0).path("finish_reason").asText()).isEqualTo("stop");
    assertThat(c.path("usage").has("completion_tokens_details")).isFalse();
  }

  private static JsonNode event(byte[] bytes) throws Exception {
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).startsWith("data: ").endsWith("\n\n");
    return JSON.readTree(text.substring(6));
  }
}
