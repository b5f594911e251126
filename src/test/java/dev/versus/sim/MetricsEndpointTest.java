package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {
  private static final Pattern SAMPLE =
      Pattern.compile(
          "([a-zA-Z_:][a-zA-Z0-9_:]*)\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"]*\",?)*)\\} (\\S+)");

  private ScriptedModel flash;
  private ScriptedModel maverick;
  private SimServer server;
  private SimHttp http;

  @BeforeEach
  void start() {
    flash = ScriptedModel.plain("gemini-2.5-flash");
    maverick = ScriptedModel.plain("llama-4-maverick");
    server = SimHttp.start(flash, maverick);
    http = new SimHttp(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void metrics_parseAsPrometheusText_withVllmNamesAndModelLabel() {
    HttpResponse<String> response = http.get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type").orElseThrow())
        .startsWith("text/plain; version=0.0.4");
    assertThat(response.headers().firstValue("x-versus-simulated")).hasValue("true");
    Map<String, Double> samples = parse(response.body());
    assertThat(samples)
        .containsEntry("versus_sim_info{model_name=\"gemini-2.5-flash\",simulated=\"true\"}", 1.0);
    for (String name :
        new String[] {
          "vllm:num_requests_running",
          "vllm:num_requests_waiting",
          "vllm:kv_cache_usage_perc",
          "vllm:prompt_tokens_total",
          "vllm:generation_tokens_total",
          "versus_sim_memory_bytes",
          "versus_sim_requests_rejected_total",
          "versus_sim_disconnects_total",
          "versus_sim_crashes_total"
        }) {
      assertThat(samples).containsKey(name + "{model_name=\"llama-4-maverick\"}");
      assertThat(samples).containsKey(name + "{model_name=\"gemini-2.5-flash\"}");
    }
  }

  @Test
  void metrics_duringStream_runningAndKvCacheMove_thenFallBack() throws Exception {
    BlockingQueue<GenerationEvent> feed = maverick.feedNext();
    feed.add(new GenerationEvent.Tokens("a", "", 1));
    HttpResponse<InputStream> stream =
        http.client()
            .send(
                HttpRequest.newBuilder(http.uri("/v1/chat/completions"))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            SimHttp.chatBody("llama-4-maverick", true, "")))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = stream.body()) {
      body.read(); // the stream is open and has produced its first chunk

      Map<String, Double> during = parse(http.get("/metrics").body());
      assertThat(during)
          .containsEntry("vllm:num_requests_running{model_name=\"llama-4-maverick\"}", 1.0);
      assertThat(during.get("vllm:kv_cache_usage_perc{model_name=\"llama-4-maverick\"}"))
          .isGreaterThan(0);
      assertThat(during)
          .containsEntry("vllm:num_requests_running{model_name=\"gemini-2.5-flash\"}", 0.0);

      feed.add(new GenerationEvent.Done(FinishReason.STOP, Usage.server(2, 1, 0)));
      body.readAllBytes();
    }
    Map<String, Double> after = parse(http.get("/metrics").body());
    assertThat(after)
        .containsEntry("vllm:num_requests_running{model_name=\"llama-4-maverick\"}", 0.0);
    assertThat(after)
        .containsEntry("vllm:kv_cache_usage_perc{model_name=\"llama-4-maverick\"}", 0.0);
    assertThat(after)
        .containsEntry("vllm:generation_tokens_total{model_name=\"llama-4-maverick\"}", 1.0);
    assertThat(after)
        .containsEntry("vllm:prompt_tokens_total{model_name=\"llama-4-maverick\"}", 2.0);
  }

  /** Checks every line (HELP and TYPE before each family's samples) and returns the samples. */
  static Map<String, Double> parse(String text) {
    Map<String, Double> samples = new HashMap<>();
    Set<String> typed = new HashSet<>();
    Set<String> helped = new HashSet<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("# HELP ")) {
        helped.add(line.split(" ")[2]);
      } else if (line.startsWith("# TYPE ")) {
        String[] parts = line.split(" ");
        assertThat(parts[3]).isIn("gauge", "counter");
        typed.add(parts[2]);
      } else {
        Matcher m = SAMPLE.matcher(line);
        assertThat(m.matches()).as("sample line <%s>", line).isTrue();
        assertThat(typed).as("TYPE before %s", m.group(1)).contains(m.group(1));
        assertThat(helped).as("HELP before %s", m.group(1)).contains(m.group(1));
        samples.put(m.group(1) + "{" + m.group(2) + "}", Double.parseDouble(m.group(3)));
      }
    }
    return samples;
  }
}
