package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.StreamListener;
import dev.versus.provider.gemini.GeminiClient;
import dev.versus.provider.openai.OpenAiClient;
import dev.versus.sim.Profiles;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenAI client -> gateway -> Gemini backend gives what asking the Gemini backend directly gives:
 * the same content, reasoning, usage and finish reason, in the OpenAI format.
 */
class TranslationTest {
  private static final String YAML = """
      listen: 127.0.0.1:0
      backends:
        flash: { provider: gemini, base-url: "${GEMINI_2_5_FLASH_ROOT}", model: gemini-2.5-flash,
                 api-key: simulated }
        quota: { provider: gemini, base-url: "${GEMINI_QUOTA_ROOT}", model: gemini-quota,
                 api-key: simulated, retries: 0 }
      routes:
        - { model: flash, use: flash }
        - { model: quota, use: quota }
      """;
  private static GatewayHarness h;
  private static ChatProvider viaGateway;
  private static ChatProvider direct;

  @BeforeAll
  static void start() {
    h = GatewayHarness.start(YAML, Profiles.load("gemini-2.5-flash"),
        TestProfiles.withFaults(TestProfiles.instant("gemini-quota"),
            TestProfiles.requestsPerMinute(1)));
    viaGateway = OpenAiClient.create(
        ProviderConfig.of(URI.create(h.gateway.address() + "/v1"), "", "flash"));
    direct = GeminiClient.create(
        ProviderConfig.of(h.sim("GEMINI_2_5_FLASH").baseUri(), "simulated", "gemini-2.5-flash"));
  }

  @AfterAll
  static void stop() {
    viaGateway.close();
    direct.close();
    h.close();
  }

  private static ChatRequest request(String model, int maxTokens) {
    return new ChatRequest(model,
        List.of(Message.system("Responde en español."), Message.user("¿Qué es un modelo MoE?")),
        SamplingParams.defaults().withMaxTokens(maxTokens).withTemperature(0.2));
  }

  @Test
  void nonStreaming_sameContentUsageAndFinishAsDirect() {
    CallOutcome through = viaGateway.call(request("flash", 300));
    CallOutcome straight = direct.call(request("gemini-2.5-flash", 300));

    assertThat(through).isInstanceOf(CallOutcome.Completed.class);
    assertSame((CallOutcome.Completed) through, (CallOutcome.Completed) straight);
  }

  @Test
  void streaming_sameContentUsageAndFinishAsDirect() {
    CallOutcome through = viaGateway.stream(request("flash", 300), StreamListener.ignoring()).await();
    CallOutcome straight =
        direct.stream(request("gemini-2.5-flash", 300), StreamListener.ignoring()).await();

    assertThat(through).isInstanceOf(CallOutcome.Completed.class);
    assertSame((CallOutcome.Completed) through, (CallOutcome.Completed) straight);
  }

  private static void assertSame(CallOutcome.Completed through, CallOutcome.Completed straight) {
    assertThat(through.content()).as("answer text").isNotEmpty();
    assertThat(through.reasoning()).as("thinking text").isNotEmpty();
    assertThat(through.content()).isEqualTo(straight.content());
    assertThat(through.reasoning()).isEqualTo(straight.reasoning());
    assertThat(through.finishReason()).isEqualTo(straight.finishReason());
    assertThat(through.usage().promptTokens()).isEqualTo(straight.usage().promptTokens());
    assertThat(through.usage().outputTokens()).isEqualTo(straight.usage().outputTokens());
    assertThat(through.usage().reasoningTokens()).isEqualTo(straight.usage().reasoningTokens());
  }

  @Test
  void geminiResourceExhausted_becomesOpenAi429WithRetryAfter() {
    assertThat(h.post(GatewayHarness.chat("quota", "hola", false, 5)).statusCode()).isEqualTo(200);
    HttpResponse<String> res = h.post(GatewayHarness.chat("quota", "hola", true, 5));

    assertThat(res.statusCode()).isEqualTo(429);
    assertThat(res.headers().firstValue("retry-after")).isPresent();
    assertThat(res.body()).contains("\"type\":\"rate_limit_error\"")
        .contains("\"code\":\"rate_limit_exceeded\"");
  }

  @Test
  void geminiInvalidArgument_becomesOpenAi400() {
    HttpResponse<String> res = h.post(GatewayHarness.chat("flash", "hola", false, 100_000));

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).contains("\"type\":\"invalid_request_error\"").contains("backend 'flash'");
  }
}
