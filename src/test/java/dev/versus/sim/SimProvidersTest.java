package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.SamplingParams;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderRegistry;
import dev.versus.provider.gemini.GeminiClient;
import dev.versus.provider.openai.OpenAiClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimProvidersTest {

  @Test
  void create_simReference_talksToARealInProcessServer() {
    ProviderRegistry registry = ProviderRegistry.create(Map.<String, String>of()::get);
    try (SimProviders sims = SimProviders.create(7, AnswerKeys.empty()).installInto(registry);
        ChatProvider instant = registry.create("sim:instant")) {
      assertThat(instant).isInstanceOf(OpenAiClient.class);
      CallOutcome outcome =
          instant.call(
              ChatRequest.of("instant", "Hola, ¿qué tal?")
                  .withSampling(SamplingParams.defaults().withMaxTokens(12).withIgnoreEos(true)));
      assertThat(outcome).isInstanceOf(CallOutcome.Completed.class);
      assertThat(outcome.usage().outputTokens()).isEqualTo(12);
      assertThat(sims.server("instant")).isPresent();
      assertThat(instant.listModels()).contains("instant");
    }
  }

  @Test
  void create_geminiProfile_usesTheGeminiWireFormat() {
    ProviderRegistry registry = ProviderRegistry.create(Map.<String, String>of()::get);
    try (SimProviders sims = SimProviders.create(7, AnswerKeys.empty()).installInto(registry);
        ChatProvider flash = registry.create("sim:gemini-2.5-flash")) {
      assertThat(flash).isInstanceOf(GeminiClient.class);
      assertThat(flash.listModels()).anyMatch(name -> name.contains("gemini-2.5-flash"));
    }
  }

  @Test
  void create_unknownProfile_namesTheKnownOnes() {
    ProviderRegistry registry = ProviderRegistry.create(Map.<String, String>of()::get);
    try (SimProviders sims = SimProviders.create(7, AnswerKeys.empty()).installInto(registry)) {
      assertThatThrownBy(() -> registry.create("sim:gpt-9"))
          .hasMessageContaining("gpt-9")
          .hasMessageContaining("llama-4-maverick");
    }
  }
}
