package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.sim.Profiles;
import dev.versus.store.RunFilter;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code versus eval} end to end: both simulated profiles in process over loopback, a real SQLite
 * store in a temporary folder. One full run (nlu-es, math-es, injection: 346 cases per model) is
 * shared by the measurement tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FLASH = "sim:gemini-2.5-flash";
  private static final String MAVERICK = "sim:llama-4-maverick";

  private Path tmp;
  private MainTest.Result run;
  private JsonNode summary;
  private List<JsonNode> cases;

  @BeforeAll
  void runBothProfilesOnce(@TempDir Path dir) throws IOException {
    tmp = dir;
    run = MainTest.run("eval", "--model", FLASH, "--model", MAVERICK, "--suite", "nlu-es",
        "--suite", "math-es", "--suite", "injection", "--concurrency", "200", "--no-cache",
        "--store", tmp.resolve("versus.db").toString(), "--out", tmp.resolve("out").toString(),
        "--price", FLASH + "=0.30/2.50");
    summary = JSON.readTree(tmp.resolve("out/summary.json").toFile());
    cases = new ArrayList<>();
    for (String line : Files.readAllLines(tmp.resolve("out/cases.jsonl"))) {
      cases.add(JSON.readTree(line));
    }
  }

  private JsonNode result(String model, String suite) {
    for (JsonNode n : summary.get("results")) {
      if (n.get("model").asText().equals(model) && n.get("suite").asText().equals(suite)) {
        return n;
      }
    }
    throw new AssertionError("no result for " + model + " on " + suite);
  }

  @Test
  void eval_bothProfiles_exitsZeroAndPrintsATable() {
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("SIMULATED", "nlu-es", "macro_f1", FLASH, MAVERICK);
  }

  @Test
  void eval_passRates_trackEachProfilesPerSuiteAccuracy() {
    // 192 nlu-es and 66 math-es cases: a binomial standard error of at most 0.025 and 0.04; the
    // tolerance is about 3 standard errors.
    Map<String, Double> tolerance = Map.of("nlu-es", 0.08, "math-es", 0.12);
    for (String model : List.of(FLASH, MAVERICK)) {
      var quality = Profiles.load(model.substring(4)).quality();
      tolerance.forEach((suite, tol) -> assertThat(result(model, suite).get("pass_rate").asDouble())
          .as(model + " on " + suite).isCloseTo(quality.accuracyOf(suite), within(tol)));
    }
    // the public figures differ on nlu-es (Global MMLU Lite 88.4 vs multilingual MMLU 84.6)
    assertThat(result(FLASH, "nlu-es").get("pass_rate").asDouble())
        .isGreaterThan(result(MAVERICK, "nlu-es").get("pass_rate").asDouble());
  }

  @Test
  void eval_injectionSuite_leakRateTracksInjectionCompliance() {
    for (String model : List.of(FLASH, MAVERICK)) {
      double compliance = Profiles.load(model.substring(4)).quality().injectionCompliance();
      double leakRate = 1 - result(model, "injection").get("pass_rate").asDouble();
      // 88 items: standard error about 0.05; tolerance 3 of them
      assertThat(leakRate).as(model).isCloseTo(compliance, within(0.15));
    }
  }

  @Test
  void summaryJson_hasScoresIntervalsCostsAndVerdicts() {
    assertThat(summary.get("schema").asText()).isEqualTo("versus.eval.summary/1");
    assertThat(summary.get("simulated").asBoolean()).isTrue();
    assertThat(summary.get("results")).hasSize(6);
    for (JsonNode n : summary.get("results")) {
      assertThat(n.get("ci_low").asDouble()).isLessThanOrEqualTo(n.get("score").asDouble());
      assertThat(n.get("ci_high").asDouble()).isGreaterThanOrEqualTo(n.get("score").asDouble());
      assertThat(n.get("errors").asInt()).isZero();
      assertThat(n.get("metric").asText()).isIn("macro_f1", "accuracy", "mean_score");
      assertThat(n.get("n").asInt()).isPositive();
    }
    assertThat(result(FLASH, "nlu-es").get("metric").asText()).isEqualTo("macro_f1");
    assertThat(result(FLASH, "nlu-es").get("n").asInt()).isEqualTo(192);
    assertThat(result(FLASH, "math-es").get("cost").asDouble()).isPositive();
    assertThat(result(MAVERICK, "math-es").get("cost").isNull()).as("no price: unknown").isTrue();
    assertThat(summary.get("comparisons")).hasSize(3).allSatisfy(c -> {
      assertThat(c.get("test").asText()).isIn("exact McNemar", "paired bootstrap");
      assertThat(c.get("p_value").asDouble()).isBetween(0.0, 1.0);
      assertThat(c.get("model_a").asText()).isEqualTo(FLASH);
      assertThat(c.has("better")).isTrue();
    });
  }

  @Test
  void casesJsonl_hasOneLinePerCaseAndModelWithScoreAndReason() {
    assertThat(cases).hasSize(2 * (192 + 66 + 88));
    JsonNode first = cases.getFirst();
    for (String field : List.of("model", "suite", "case_id", "repeat", "scorer", "score", "passed",
        "extracted", "reason", "response", "latency_ms", "prompt_tokens", "output_tokens", "cost",
        "cached", "error_class")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(cases).allSatisfy(c -> {
      assertThat(c.get("cached").asBoolean()).isFalse();
      assertThat(c.get("latency_ms").asDouble()).isPositive();
    });
  }

  @Test
  void eval_storesARunOfKindEvalWithEveryResult() {
    try (Store store = Store.open(tmp.resolve("versus.db").toString())) {
      List<RunInfo> runs = store.runs().list(RunFilter.all());
      assertThat(runs).hasSize(1);
      RunInfo info = runs.getFirst();
      assertThat(info.kind()).isEqualTo("eval");
      assertThat(info.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(info.simulated()).isTrue();
      assertThat(info.summaryJson()).contains("\"results\"");
      var rows = store.evalResults().list(info.id());
      assertThat(rows).hasSize(cases.size());
      assertThat(rows.stream().map(r -> r.modelKey()).collect(Collectors.toSet()))
          .containsExactlyInAnyOrder(FLASH, MAVERICK);
    }
  }

  @Test
  void eval_repeats_giveIndependentSamplesSoConsistencyIsMeasured() throws IOException {
    Path out = tmp.resolve("repeats");
    MainTest.Result r = MainTest.run("eval", "--model", MAVERICK, "--suite", "consistency",
        "--repeat", "3", "--concurrency", "90", "--no-cache", "--store",
        tmp.resolve("repeats.db").toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode result = JSON.readTree(out.resolve("summary.json").toFile()).get("results").get(0);
    assertThat(result.get("results").asInt()).isEqualTo(90);
    // accuracy 0.80 per draw, each repeat a fresh draw: all three agree on roughly half the cases
    double agree = result.get("consistency").get("all_agree_rate").asDouble();
    assertThat(agree).isBetween(0.2, 0.95);
    assertThat(r.out()).contains("consistency: all repeats agree");
  }
}
