package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad plan gives one message naming the file, the line and the field, and what was expected. */
class PlanReaderErrorsTest {
  private static final Map<String, String> ENV = Map.of("KEY", "k-1", "GEMINI_API_KEY", "g");

  private static final String MODELS = """
      models:
        flash: { model: sim:gemini-2.5-flash, price: { input-per-million: 0.3, output-per-million: 2.5 } }
        maverick: sim:llama-4-maverick
      """;
  private static final String PERF = """
      performance:
        load: { concurrency: [1, 64] }
      """;

  static Stream<Arguments> badPlans() {
    return Stream.of(
        // yaml, expected prefix "bad.yaml:LINE: FIELD: ", fragment
        bad(MODELS + "titel: x\n", 4, "titel",
            "unknown key (did you mean title?) (expected one of claims, cost, models"),
        bad("models:\n  a: { provider: openai, baseUrl: http://x/v1, model: m }\n", 2,
            "models.a.baseUrl", "keys are kebab-case: write base-url"),
        bad("title: x\n", 0, "models", "expected a map of at least one model"),
        bad("models:\n  a: { provider: azure, model: m }\n", 2, "models.a.provider",
            "expected openai, gemini or sim, got 'azure'"),
        bad("models:\n  a: { provider: openai, model: m }\n", 2, "models.a",
            "base-url is required for an openai model"),
        bad("models:\n  a: { provider: openai, model: m, base-url: ftp://x }\n", 2,
            "models.a.base-url", "expected an http:// or https:// URL"),
        bad("models:\n  a:\n    provider: openai\n    model: m\n    base-url: http://h/v1\n"
            + "    api-key: sk-live-123\n", 6, "models.a.api-key",
            "secrets must not be written in the plan: write api-key: ${VAR}"),
        bad("models:\n  a: { provider: openai, model: m, base-url: http://h/v1, api-key: ${NOPE} }\n",
            2, "models.a.api-key", "environment variable NOPE is not set"),
        bad("models:\n  a: foo:bar\n", 2, "models.a", "expected sim:PROFILE, gemini:MODEL"),
        bad("models:\n  my-model: sim:instant\n", 2, "models.my-model", "letters, digits and _"),
        bad("models:\n  a: { model: sim:x, price: { input-per-million: 0.3 } }\n", 2,
            "models.a.price", "output-per-million is required"),
        bad("models:\n  a: { model: sim:x, price: { input-per-million: -1, output-per-million: 1 } }\n",
            2, "models.a.price.input-per-million", "expected a number from 0"),
        bad(MODELS + "cost: { requests-per-day: 1000 }\n", 3, "models.maverick",
            "model 'maverick' has no price, but the plan has a cost section"),
        bad(MODELS + "performance:\n  duration: 60s\n", 4, "performance", "load is required"),
        bad(MODELS + "performance:\n  load: { concurrency: [1, 0] }\n", 5,
            "performance.load.concurrency[1]", "expected a whole number from 1"),
        bad(MODELS + "performance:\n  load: { concurrency: [8, 8] }\n", 5,
            "performance.load.concurrency[1]", "listed twice"),
        bad(MODELS + "performance:\n  load: { concurrency: [1], rate: { poisson: [1] } }\n", 5,
            "performance.load", "exactly one of concurrency"),
        bad(MODELS + "performance:\n  load: { rate: { gamma: [1] } }\n", 5,
            "performance.load.rate", "gamma arrivals need burstiness"),
        bad(MODELS + "performance:\n  load: { concurrency: [1] }\n  duration: soon\n", 6,
            "performance.duration", "is not a duration"),
        bad(MODELS + "performance:\n  load: { concurrency: [1] }\n  workload:\n"
            + "    input-tokens: { mean: 512, sd: 3 }\n", 7, "performance.workload.input-tokens.sd",
            "unknown key"),
        bad(MODELS + "performance:\n  load: { concurrency: [1] }\n  workload: { language: fr }\n",
            6, "performance.workload.language", "expected es or en, got 'fr'"),
        bad(MODELS + "performance:\n  load: { concurrency: [1] }\n  find-max: true\n", 6,
            "performance.find-max", "give slo"),
        bad(MODELS + "performance:\n  load: { concurrency: [1] }\n  slo: { ttft: 1s, p99: 2s }\n",
            6, "performance.slo.p99", "unknown key"),
        bad(MODELS + "quality:\n  suites: [nlu-ex]\n", 5, "quality.suites[0]",
            "unknown suite 'nlu-ex' (did you mean nlu-es?)"),
        bad(MODELS + "quality:\n  suites: [nlu-es]\n  datasets: [parquet:x.parquet]\n", 6,
            "quality.datasets[0]", "expected FORMAT:PATH with FORMAT one of"),
        bad(MODELS + "quality:\n  suites: [suites/missing.jsonl]\n", 5, "quality.suites[0]",
            "suite file not found"),
        bad(MODELS + "quality:\n  suites: [nlu-es]\n  judge: { model: flsh }\n", 6,
            "quality.judge.model", "unknown model 'flsh' (did you mean flash?): expected a key of"
                + " models (flash, maverick) or a reference"),
        bad(MODELS + "quality:\n  suites: [nlu-es]\n  judge: { model: azure:gpt }\n", 6,
            "quality.judge.model", "unknown provider 'azure'"),
        bad(MODELS + "quality:\n  suites: [nlu-es]\n  judge: { model: flash, rubric: '' }\n", 6,
            "quality.judge.rubric", "expected the rubric's text"),
        bad(MODELS + "quality:\n  suites: [nlu-es]\n  judge: { rubric: r }\n", 6,
            "quality.judge", "model is required"),
        bad(MODELS + "quality:\n  suites: [nlu-es]\n  judge: { model: flash, template: no.txt }\n",
            6, "quality.judge.template", "cannot read the judge template"),
        bad(MODELS + PERF + "claims:\n  - flsh.ttft.p50 < 1s\n", 7, "claims[0]",
            "column 1 of the expression: unknown model 'flsh' (expected one of flash, maverick)"
                + " (did you mean flash?)"),
        bad(MODELS + PERF + "claims:\n  - flash.ttft.p50 < 1s\n  - flash.ttft.p50 < maverick.tft.p50\n",
            8, "claims[1]", "column 27 of the expression: unknown metric 'tft' (did you mean ttft?)"),
        bad(MODELS + PERF + "claims:\n  - id: x\n    expr: flash.ttft.p50 <\n", 8, "claims[0].expr",
            "column 17 of the expression: expected a figure"),
        bad(MODELS + PERF + "claims:\n  - flash.ttft.p50@concurrency=512 < 1s\n", 7, "claims[0]",
            "@concurrency=512 is not a load level of this plan (levels: concurrency=1, concurrency=64)"),
        bad(MODELS + PERF + "claims:\n  - maverick.cost_per_1k_requests < 1\n", 7, "claims[0]",
            "column 1 of the expression: model 'maverick' has no price"),
        bad(MODELS + "claims:\n  - flash.e2e.p50 < 1s\n", 5, "claims[0]",
            "the plan has no performance section"),
        bad(MODELS + "quality:\n  suites: [math-es]\nclaims:\n  - flash.score[nlu-es] > 0.5\n", 7,
            "claims[0]", "suite 'nlu-es' is not run by this plan (quality.suites: math-es)"),
        bad(MODELS + "quality:\n  suites: [nlu-es]\nclaims:\n  - flash.consistency[nlu-es] > 0.5\n",
            7, "claims[0]", "set quality.repeat to 2 or more"),
        bad(MODELS + PERF + "claims:\n  - flash.errors[oom] > 0\n", 7, "claims[0]",
            "unknown error class 'oom'"),
        bad(MODELS + PERF + "claims:\n  - flash.max_concurrency_within_slo > 8\n", 7, "claims[0]",
            "needs performance.find-max: true"),
        bad(MODELS + PERF + "claims:\n  - { id: a, expr: flash.errors > 0 }\n"
            + "  - { id: a, expr: flash.errors > 1 }\n", 8, "claims[1]", "claim id 'a' is used twice"),
        bad(MODELS + "claims:\n  - { id: f, text: t, fact: maybe, source: s }\n", 5,
            "claims[0].fact", "expected verified, refuted or inconclusive"),
        bad(MODELS + "claims:\n  - { id: f, text: t }\n", 5, "claims[0]", "give either expr"),
        bad(MODELS + "claims:\n  - { include: blog }\n", 5, "claims[0].include", "expected 'article'"),
        bad("models: [a, b]\n", 1, "models", "expected a map of at least one model"));
  }

  private static Arguments bad(String yaml, int line, String field, String fragment) {
    return Arguments.of(yaml, line, field, fragment);
  }

  @ParameterizedTest
  @MethodSource("badPlans")
  void parse_badPlan_messageNamesFileLineFieldAndExpectation(
      String yaml, int line, String field, String fragment) {
    assertThatThrownBy(() -> PlanReader.parse("bad.yaml", yaml, Path.of(""), ENV::get))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("bad.yaml:" + line + ": " + field + ": ");
              assertThat(e.getMessage()).contains(fragment);
            });
  }

  @org.junit.jupiter.api.Test
  void parse_badExpression_messageShowsCaretUnderTheColumn() {
    String yaml = MODELS + PERF + "claims:\n  - flash.ttft.p50 < maverick.tft.p50\n";

    assertThatThrownBy(() -> PlanReader.parse("bad.yaml", yaml, Path.of(""), ENV::get))
        .hasMessageEndingWith(
            "\n    flash.ttft.p50 < maverick.tft.p50\n                              ^");
  }
}
