package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.load.Language;
import dev.versus.load.LengthDistribution;
import dev.versus.load.LoadModel;
import dev.versus.metrics.Metric;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanReaderTest {
  private static final Map<String, String> ENV = Map.of("GEMINI_API_KEY", "g-secret");

  @Test
  void read_exampleFile_everySectionRead() {
    Plan plan = PlanReader.read(Path.of("docs/plan.example.yaml"), ENV::get);

    assertThat(plan.title()).isEqualTo("Local Llama vs Gemini 2.5 Flash (Spanish support bot)");
    assertThat(plan.models()).containsOnlyKeys("local", "flash");
    ModelSpec local = plan.models().get("local");
    assertThat(local.ref()).isEqualTo("openai:meta-llama/Llama-3.1-8B-Instruct@http://127.0.0.1:8000/v1");
    assertThat(local.apiKey()).isEmpty();
    assertThat(local.pricing()).isEqualTo(new Pricing.SelfHosted(2.10, 1));
    ModelSpec flash = plan.models().get("flash");
    assertThat(flash.baseUrl()).isEqualTo(ModelSpec.GEMINI_BASE_URL);
    assertThat(flash.apiKey()).isEqualTo("g-secret");
    assertThat(flash.toString()).doesNotContain("g-secret");
    assertThat(flash.pricing()).isEqualTo(new Pricing.PerToken(0.30, 2.50));

    PerformancePlan perf = plan.performance().orElseThrow();
    assertThat(perf.workload().inputTokens()).isEqualTo(new LengthDistribution.Normal(512, 128));
    assertThat(perf.workload().outputTokens()).isEqualTo(new LengthDistribution.Fixed(256));
    assertThat(perf.workload().language()).isEqualTo(Language.ES);
    assertThat(perf.workload().seed()).isEqualTo(7);
    assertThat(perf.levels()).containsExactly(
        new LoadModel.Closed(1), new LoadModel.Closed(8), new LoadModel.Closed(32), new LoadModel.Closed(64));
    assertThat(perf.duration()).isEqualTo(Duration.ofSeconds(60));
    assertThat(perf.warmup()).isEqualTo(Duration.ofSeconds(10));
    assertThat(perf.requests()).isEqualTo(2000);
    assertThat(perf.slo().limit(Metric.TTFT)).contains(Duration.ofSeconds(1));
    assertThat(perf.slo().limit(Metric.TPOT)).contains(Duration.ofMillis(50));
    assertThat(perf.maxErrorRate()).isEqualTo(0.01);
    assertThat(perf.findMax()).isTrue();

    QualityPlan quality = plan.quality().orElseThrow();
    assertThat(quality.suites()).containsExactly("nlu-es", "math-es", "injection");
    assertThat(quality.repeat()).isEqualTo(3);
    assertThat(quality.limit()).isEqualTo(200);
    assertThat(plan.cost().orElseThrow().requestsPerDay()).isEqualTo(50000);

    assertThat(plan.claims()).hasSize(7);
    assertThat(plan.claims().get(0).id()).isEqualTo("c1");
    assertThat(plan.claims().get(1).id()).isEqualTo("throughput");
    assertThat(plan.claims().get(1).notes()).hasSize(1);
    assertThat(plan.defaultLevel()).isEqualTo(new Selector.Concurrency(1));
    assertThat(plan.figuresNeeded(plan.claims().getFirst())).extracting(FigureRef::name)
        .containsExactly("local.ttft.p50@concurrency=1", "flash.ttft.p50@concurrency=1");
    assertThat(plan.figuresNeeded()).extracting(FigureRef::name)
        .contains("local.max_concurrency_within_slo", "flash.cost_per_day", "flash.score[nlu-es]");
  }

  @Test
  void parse_shortForms_simGeminiAndOpenAi() {
    Plan plan = PlanReader.parse("p.yaml", """
        models:
          a: sim:gemini-2.5-flash
          b: openai:qwen@http://127.0.0.1:8000/v1
          c: { model: sim:llama-4-maverick, price: { input-per-million: 0.27, output-per-million: 0.85 } }
          d: { provider: sim, model: instant }
        """, Path.of(""), ENV::get);

    assertThat(plan.models().values()).extracting(ModelSpec::ref).containsExactly(
        "sim:gemini-2.5-flash", "openai:qwen@http://127.0.0.1:8000/v1", "sim:llama-4-maverick",
        "sim:instant");
    assertThat(plan.models().get("c").hasPrice()).isTrue();
    assertThat(plan.title()).isEqualTo("a vs b vs c vs d");
    assertThat(plan.defaultLevel()).isEqualTo(Selector.RUN);
  }

  @Test
  void parse_rateLoadAndRanges_buildOpenLoopLevels() {
    Plan plan = PlanReader.parse("p.yaml", """
        models: { a: sim:instant }
        performance:
          workload: { input-tokens: { min: 100, max: 900 }, output-tokens: 64 }
          load: { rate: { gamma: [1, 2.5], burstiness: 0.5 } }
        claims:
          - a.ttft.p99@rate=2.5 < 1s
        """, Path.of(""), ENV::get);

    PerformancePlan perf = plan.performance().orElseThrow();
    assertThat(perf.workload().inputTokens()).isEqualTo(new LengthDistribution.Uniform(100, 900));
    assertThat(perf.levels()).extracting(LoadModel::label).containsExactly("gamma:1/s,k=0.5", "gamma:2.5/s,k=0.5");
    assertThat(plan.defaultLevel()).isEqualTo(new Selector.Rate(1));
  }

  @Test
  void parse_includeArticle_addsTheArticleClaims() {
    Plan plan = PlanReader.parse("p.yaml", ArticlePlans.DEMO, Path.of(""), ENV::get);

    assertThat(plan.claims()).hasSize(14);
    assertThat(plan.claims().getLast()).isInstanceOf(PlanClaim.Fact.class);
  }
}
