package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.errors.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official OpenAI Java library (com.openai:openai-java) against the gateway. */
class OpenAiSdkTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        alpha: { provider: openai, base-url: "${ALPHA}", model: alpha }
      routes:
        - { model: chat, use: alpha }
      """;
  private static GatewayHarness h;
  private static OpenAIClient client;

  @BeforeAll
  static void start() {
    h = GatewayHarness.start(YAML, TestProfiles.instant("alpha"));
    client = OpenAIOkHttpClient.builder()
        .baseUrl(h.gateway.address() + "/v1")
        .apiKey("unused")
        .maxRetries(0)
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    h.close();
  }

  private static ChatCompletionCreateParams.Builder params() {
    return ChatCompletionCreateParams.builder()
        .model("chat")
        .addSystemMessage("Be brief.")
        .addUserMessage("¿Cuál es la capital de Francia?")
        .maxCompletionTokens(24);
  }

  @Test
  void create_nonStreaming_parsesAnswerAndUsage() {
    ChatCompletion completion = client.chat().completions().create(params().build());

    assertThat(completion.model()).isEqualTo("chat");
    assertThat(completion.choices()).hasSize(1);
    assertThat(completion.choices().getFirst().message().content()).hasValueSatisfying(
        text -> assertThat(text).isNotBlank());
    assertThat(completion.choices().getFirst().finishReason().asString()).isEqualTo("length");
    assertThat(completion.usage()).hasValueSatisfying(
        u -> assertThat(u.completionTokens()).isEqualTo(24));
  }

  @Test
  void createStreaming_withUsage_deltasThenUsageChunk() {
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
        params().streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build())) {
      stream.stream().forEach(chunks::add);
    }
    StringBuilder text = new StringBuilder();
    chunks.forEach(c -> c.choices().forEach(ch -> ch.delta().content().ifPresent(text::append)));

    assertThat(text.toString()).isNotBlank();
    ChatCompletionChunk last = chunks.getLast();
    assertThat(last.choices()).isEmpty();
    assertThat(last.usage()).hasValueSatisfying(u -> assertThat(u.completionTokens()).isEqualTo(24));
    assertThat(chunks.get(chunks.size() - 2).choices().getFirst().finishReason())
        .hasValueSatisfying(r -> assertThat(r.asString()).isEqualTo("length"));
  }

  @Test
  void unknownModel_libraryRaisesNotFound() {
    Assertions.assertThatThrownBy(() -> client.chat().completions().create(
            ChatCompletionCreateParams.builder().model("nope").addUserMessage("x").build()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope");
  }
}
