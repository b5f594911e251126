package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ConfigException;
import dev.versus.report.ClaimVerdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ArticleClaimsTest {

  @Test
  void load_resource_thirteenArticleClaimsWithNotes() {
    List<PlanClaim> claims = ArticleClaims.load();

    assertThat(claims).extracting(PlanClaim::id).containsExactly(
        "a1", "a2", "a3-flash", "a3-maverick", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11",
        "a12", "a13");
    assertThat(claims).allSatisfy(c -> assertThat(c.notes()).isNotEmpty());
    assertThat(claims.getLast()).isInstanceOfSatisfying(PlanClaim.Fact.class, f -> {
      assertThat(f.verdict()).isEqualTo(ClaimVerdict.REFUTED);
      assertThat(f.source()).contains("17B active").contains("400B total");
    });
  }

  @Test
  void load_resource_everyFigureNamesFlashOrMaverickAndACatalogueMetric() {
    Set<String> metrics = new TreeSet<>();
    for (PlanClaim claim : ArticleClaims.load()) {
      if (claim instanceof PlanClaim.Measurable m) {
        assertThat(m.expression().figures()).isNotEmpty().allSatisfy(f -> {
          assertThat(f.ref().model()).isIn("flash", "maverick");
          assertThat(MetricCatalog.standard().find(f.ref().metric())).isPresent();
        });
        m.expression().figures().forEach(f -> metrics.add(f.ref().metric()));
      }
    }
    assertThat(metrics).containsExactly(
        "consistency", "cost_per_1k_requests", "e2e", "errors", "macro_f1", "max_context_tokens",
        "memory_bytes", "output_tokens_per_second_per_stream", "relative_error",
        "requests_per_second", "score", "score_chunked", "tpot");
  }

  @Test
  void load_againstDemoPlan_checksPass() {
    Plan plan = PlanReader.parse("demo.yaml", ArticlePlans.DEMO, Path.of(""), Map.<String, String>of()::get);

    assertThat(ArticleClaims.load(plan)).hasSize(14);
  }

  @Test
  void demoPlan_resource_validWithTheArticleClaims() {
    Plan plan = DemoPlan.load();

    assertThat(plan.models()).containsOnlyKeys("flash", "maverick");
    assertThat(plan.models().values()).allSatisfy(m -> assertThat(m.provider()).isEqualTo(ProviderKind.SIM));
    assertThat(plan.claims()).extracting(PlanClaim::id).startsWith("a1").endsWith("a13");
    assertThat(plan.cost()).isPresent();
  }

  @Test
  void load_againstPlanWithoutLevel512_errorNamesResourceLineAndColumn() {
    String plan = ArticlePlans.DEMO.replace("[1, 64, 256, 512]", "[1, 64, 256]");

    assertThatThrownBy(() -> PlanReader.parse("demo.yaml", plan, Path.of(""), Map.<String, String>of()::get))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("plan/article-claims.yaml:")
        .hasMessageContaining("claims[7].expr: column 1 of the expression: @concurrency=512 is not a"
            + " load level of this plan");
  }

  @Test
  void evaluate_articleClaimsOnSimulatedFigures_verdictsFollowTheFigures() {
    Plan plan = PlanReader.parse("demo.yaml", ArticlePlans.DEMO, Path.of(""), Map.<String, String>of()::get);
    TableFigures f = new TableFigures()
        .put("flash.e2e.p50@concurrency=1", 1.8, 1.7, 1.9, Unit.SECONDS)
        .put("maverick.e2e.p50@concurrency=1", 3.0, 2.9, 3.1, Unit.SECONDS)
        .put("flash.requests_per_second@concurrency=64", 20, Unit.REQUESTS_PER_SECOND)
        .put("maverick.requests_per_second@concurrency=64", 12, Unit.REQUESTS_PER_SECOND)
        .put("flash.output_tokens_per_second_per_stream@concurrency=1", 230, 220, 240, Unit.TOKENS_PER_SECOND)
        .put("flash.errors[backend_crash]@concurrency=512", 300, Unit.COUNT)
        .put("flash.errors[backend_crash]@concurrency=64", 0, Unit.COUNT)
        .put("maverick.max_context_tokens", 32768, Unit.COUNT)
        .put("flash.cost_per_1k_requests", 0.66, Unit.USD)
        .put("maverick.cost_per_1k_requests", 0.25, Unit.USD);
    ClaimEvaluator evaluator = plan.evaluator(f);

    Map<String, ClaimVerdict> verdicts = new java.util.LinkedHashMap<>();
    evaluator.evaluateAll(plan.claims()).forEach(r -> verdicts.put(r.claim().id(), r.verdict()));

    assertThat(verdicts).containsEntry("a1", ClaimVerdict.VERIFIED)
        .containsEntry("a2", ClaimVerdict.INCONCLUSIVE)
        .containsEntry("a3-flash", ClaimVerdict.REFUTED)
        .containsEntry("a7", ClaimVerdict.VERIFIED)
        .containsEntry("a8", ClaimVerdict.VERIFIED)
        .containsEntry("a9", ClaimVerdict.REFUTED)
        .containsEntry("a13", ClaimVerdict.REFUTED);
    assertThat(evaluator.evaluateAll(plan.claims()))
        .allSatisfy(r -> assertThat(r.toReportClaim().id()).isEqualTo(r.claim().id()));
  }
}
