package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.sim.Profiles;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus eval}: bad input gets exit code 2 and one clear line; the cache serves reruns. */
class EvalCommandInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private MainTest.Result eval(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("eval", "--store",
        tmp.resolve("versus.db").toString()));
    all.addAll(List.of(args));
    return MainTest.run(all.toArray(String[]::new));
  }

  private static void assertBadInput(MainTest.Result r, String... fragments) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("versus: ").contains(fragments).doesNotContain("\tat ");
  }

  @Test
  void eval_suiteFileWithAMisspeltField_namesFileLineAndField() throws Exception {
    Path file = tmp.resolve("mine.jsonl");
    Files.writeString(file, """
        {"id": "a", "prompt": "2+2?", "expected": "4", "scorer": "number"}
        {"id": "b", "prompt": "3+3?", "expectd": "6", "scorer": "number"}
        """);
    assertBadInput(eval("--model", "sim:instant", "--suite", file.toString()),
        "mine.jsonl:2", "expectd");
  }

  @Test
  void eval_unknownScorer_listsTheKnownScorers() throws Exception {
    Path file = tmp.resolve("scorer.jsonl");
    Files.writeString(file, "{\"id\": \"a\", \"prompt\": \"2+2?\", \"expected\": \"4\", \"scorer\": \"numbr\"}\n");
    assertBadInput(eval("--model", "sim:instant", "--suite", file.toString()),
        "scorer.jsonl:1", "unknown scorer 'numbr'", "number", "exact");
  }

  @Test
  void eval_datasetNotMatchingItsFormat_saysWhatWasExpected() throws Exception {
    Path file = tmp.resolve("gsm.jsonl");
    Files.writeString(file, "{\"question\": \"2+2?\", \"answer\": \"four\"}\n");
    assertBadInput(eval("--model", "sim:instant", "--dataset", "gsm8k:" + file),
        "gsm.jsonl", "answer");
    assertBadInput(eval("--model", "sim:instant", "--dataset", "gsm9k:" + file),
        "unknown format 'gsm9k'", "gsm8k");
  }

  @Test
  void eval_unknownSuiteModelOrPrice_isBadInput() {
    assertBadInput(eval("--model", "sim:instant", "--suite", "nlu-fr"), "nlu-fr", "nlu-es");
    assertBadInput(eval("--model", "sim:gpt-9", "--suite", "math-es"), "gpt-9");
    assertBadInput(eval("--model", "nonsense", "--suite", "math-es"), "nonsense");
    assertBadInput(eval("--model", "sim:instant", "--suite", "math-es", "--price",
        "sim:instant=cheap"), "IN/OUT");
    assertBadInput(eval("--model", "sim:instant"), "--suite");
  }

  @Test
  void eval_rerun_makesNoModelCallsAndReportsNoLatency() throws Exception {
    try (SimServer server = SimServer.start(
        SimModels.create(Profiles.load("instant"), 1, SimAnswers.builtIn()))) {
      String ref = "openai:instant@" + server.openAiBaseUri();
      String[] args = {"--model", ref, "--suite", "math-es", "--limit", "12", "--repeat", "2",
          "--out", tmp.resolve("out").toString()};
      MainTest.Result first = eval(args);
      assertThat(first.code()).as(first.err()).isZero();
      long calls = server.models().getFirst().stats().requestsTotal();
      assertThat(calls).isEqualTo(24);
      assertThat(Files.exists(tmp.resolve("eval-cache.jsonl"))).isTrue();

      MainTest.Result second = eval(args);
      assertThat(second.code()).as(second.err()).isZero();
      assertThat(server.models().getFirst().stats().requestsTotal()).isEqualTo(calls);
      List<String> lines = Files.readAllLines(tmp.resolve("out/cases.jsonl"));
      assertThat(lines).hasSize(24).allSatisfy(line -> {
        JsonNode c = JSON.readTree(line);
        assertThat(c.get("cached").asBoolean()).isTrue();
        assertThat(c.get("latency_ms").isNull()).isTrue();
        assertThat(c.get("passed").asBoolean()).as("instant answers every key correctly").isTrue();
      });
      JsonNode result = JSON.readTree(tmp.resolve("out/summary.json").toFile()).get("results").get(0);
      assertThat(result.get("cached").asInt()).isEqualTo(24);
      assertThat(result.get("latency_ms").get("count").asInt()).isZero();
      assertThat(result.get("consistency").get("all_agree_rate").asDouble()).isEqualTo(1.0);
    }
  }

  @Test
  void eval_similarScorer_usesTheGuardsInProcessEmbeddingModel() throws Exception {
    Path file = tmp.resolve("similar.jsonl");
    Files.writeString(file, """
        {"id": "s1", "prompt": "Where is the Eiffel Tower?", "expected": "The Eiffel Tower is in Paris.", "scorer": "similar", "options": {"threshold": 0.8}}
        """);
    MainTest.Result r = eval("--model", "sim:instant", "--suite", file.toString(), "--no-cache",
        "--out", tmp.resolve("sim-out").toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode line = JSON.readTree(Files.readAllLines(tmp.resolve("sim-out/cases.jsonl")).getFirst());
    // the instant model answers unknown prompts with filler text: a real embedding, a low cosine
    assertThat(line.get("reason").asText()).startsWith("cosine similarity");
    assertThat(line.get("passed").asBoolean()).isFalse();
  }

  @Test
  void eval_embeddingModelWithoutTokenizer_isBadInput() {
    assertBadInput(eval("--model", "sim:instant", "--suite", "math-es", "--embedding-model",
        tmp.resolve("model.onnx").toString()), "--embedding-tokenizer");
  }

  @Test
  void eval_unreachableEndpoint_failsFastWithOneClearLine() throws Exception {
    long start = System.nanoTime();
    MainTest.Result r = eval("--model", "openai:m@http://127.0.0.1:1/v1", "--suite", "math-es",
        "--max-attempts", "2", "--concurrency", "1", "--no-cache");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("versus: model openai:m@http://127.0.0.1:1/v1 could not be reached")
        .doesNotContain("\tat ");
    // one case's two attempts (backoff under 0.5 s), the other 65 cases not called at all;
    // generous bound for a loaded machine
    assertThat(System.nanoTime() - start).isLessThan(java.time.Duration.ofSeconds(30).toNanos());
  }
}
