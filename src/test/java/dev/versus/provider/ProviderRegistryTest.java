package dev.versus.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

  private static final String SECRET = "AIza-secret-key-123";

  private final ProviderRegistry registry =
      ProviderRegistry.create(Map.of("GEMINI_API_KEY", SECRET)::get);

  @Test
  void parse_openAiWithBaseUrl_splitsAtLastAtBeforeUrl() {
    ModelRef ref = ModelRef.parse("openai:meta-llama/Llama-4@v2@http://127.0.0.1:8000/v1");
    assertThat(ref).isEqualTo(
        new ModelRef("openai", "meta-llama/Llama-4@v2", "http://127.0.0.1:8000/v1"));
  }

  @Test
  void parse_modelWithColon_keepsItInTheModel() {
    ModelRef ref = ModelRef.parse("OpenAI:llama3:8b@https://ollama.local:11434/v1");
    assertThat(ref.scheme()).isEqualTo("openai");
    assertThat(ref.model()).isEqualTo("llama3:8b");
    assertThat(ref.base()).contains("https://ollama.local:11434/v1");
  }

  @Test
  void parse_geminiWithoutUrl_hasNoBase() {
    assertThat(ModelRef.parse("gemini:gemini-2.5-flash").base()).isEmpty();
  }

  @Test
  void parse_noScheme_namesExpectedForm() {
    assertThatThrownBy(() -> ModelRef.parse("gemini-2.5-flash"))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("'gemini-2.5-flash'")
        .hasMessageContaining("expected PROVIDER:MODEL");
  }

  @Test
  void parse_emptyModel_saysSo() {
    assertThatThrownBy(() -> ModelRef.parse("openai:@http://h/v1"))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("model name after 'openai:' is empty");
  }

  @Test
  void create_openAiWithoutBaseUrl_namesExpectedForm() {
    assertThatThrownBy(() -> registry.create("openai:gpt-4o"))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("openai:MODEL@BASE_URL");
  }

  @Test
  void create_unknownScheme_listsKnownSchemes() {
    assertThatThrownBy(() -> registry.create("sim:instant"))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("unknown provider 'sim'")
        .hasMessageContaining("gemini, openai");
  }

  @Test
  void create_geminiWithoutKey_namesTheVariable() {
    ProviderRegistry noKey = ProviderRegistry.create(Map.<String, String>of()::get);
    assertThatThrownBy(() -> noKey.create("gemini:gemini-2.5-flash"))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("GEMINI_API_KEY");
  }

  @Test
  void create_geminiLocalWithoutKey_allowed() {
    ProviderRegistry noKey = ProviderRegistry.create(Map.<String, String>of()::get);
    try (ChatProvider provider = noKey.create("gemini:flash@http://127.0.0.1:9/")) {
      assertThat(provider.label()).isEqualTo("gemini:flash@http://127.0.0.1:9");
    }
  }

  @Test
  void create_gemini_labelHasNoSecret() {
    try (ChatProvider provider = registry.create("gemini:gemini-2.5-flash")) {
      assertThat(provider.label()).isEqualTo("gemini:gemini-2.5-flash");
      assertThat(provider.model()).isEqualTo("gemini-2.5-flash");
      assertThat(provider.toString()).doesNotContain(SECRET);
    }
  }

  @Test
  void config_toString_hidesKey() {
    ProviderConfig config = ProviderConfig.of(
        java.net.URI.create("https://h/v1/"), SECRET, "m");
    assertThat(config.toString()).doesNotContain(SECRET).contains("***");
    assertThat(config.baseUri().toString()).isEqualTo("https://h/v1");
    ProviderConfig withUser = ProviderConfig.of(
        java.net.URI.create("https://user:pw@h:8443/v1?key=k"), "", "m");
    assertThat(withUser.displayBase()).isEqualTo("https://h:8443/v1");
    assertThat(withUser.toString()).doesNotContain("pw").doesNotContain("key=k");
  }

  @Test
  void register_externalScheme_usedForItsReferences() {
    registry.register("sim", (ref, env) -> new FixedProvider(ref.model()));
    try (ChatProvider provider = registry.create("sim:instant")) {
      assertThat(provider.label()).isEqualTo("sim:instant");
      assertThat(registry.schemes()).containsExactly("gemini", "openai", "sim");
    }
  }

  @Test
  void create_withConfigurer_appliesItToBuiltInClients() throws Exception {
    try (ScriptedHttpServer server = ScriptedHttpServer.start()) {
      server.route("/v1/chat/completions", Script.status(200)
          .delayHeaders(java.time.Duration.ofSeconds(20)).end());
      ProviderRegistry quick = ProviderRegistry.create(Map.<String, String>of()::get,
          config -> config.withTimeouts(java.time.Duration.ofSeconds(1),
              java.time.Duration.ofMillis(200), java.time.Duration.ofSeconds(5)));
      try (ChatProvider provider = quick.create("openai:m@" + server.uri("/v1"))) {
        CallOutcome outcome = provider.call(ChatRequest.of("m", "hola"));
        assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Failed.class, failed ->
            assertThat(failed.error().message()).contains("200 ms"));
      }
    }
  }

  /** A stand-in registered from outside, as the simulator will do. */
  private record FixedProvider(String model) implements ChatProvider {
    @Override
    public String label() {
      return "sim:" + model;
    }

    @Override
    public CallOutcome call(ChatRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public StreamingCall stream(ChatRequest request, StreamListener listener) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> listModels() {
      return List.of(model);
    }

    @Override
    public void close() {}
  }
}
