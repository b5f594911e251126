package dev.versus.runreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.versus.report.Claim;
import dev.versus.report.ClaimVerdict;
import dev.versus.report.CostEstimate;
import dev.versus.report.EndpointKind;
import dev.versus.report.Evidence;
import dev.versus.report.LoadLevel;
import dev.versus.report.Price;
import dev.versus.report.ReportLanguage;
import dev.versus.report.ReportModel;
import dev.versus.report.ReportRenderers;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RunReports over a real SQLite store holding a bench summary and a plan run that names it. */
class RunReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-26T16:00:00Z");
  private Store store;

  @BeforeEach
  void open(@TempDir Path dir) throws Exception {
    store = Store.open(dir.resolve("versus.db").toString());
    String bench;
    try (InputStream in = getClass().getResourceAsStream("/runreport/bench-summary.json")) {
      bench = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    store.runs().create(RunInfo.started("b1", "bench", "bench", NOW, "{}", true));
    store.runs().updateSummary("b1", JSON.readTree(bench).toString());
    store.runs().finish("b1", RunStatus.COMPLETED, NOW);
    Claim claim = new Claim("a7", "Flash crashes above 256", "flash.errors[backend_crash] > 0",
        ClaimVerdict.VERIFIED, "", List.of(Evidence.exact("flash.errors[backend_crash]", 40, "",
            EndpointKind.SIMULATED, "bench c=512")), List.of("configured, not observed"));
    PlanRunSummary plan = new PlanRunSummary("Flash vs Maverick", "es", List.of(
        new PlanRunSummary.PlanModel("flash", "sim:gemini-2.5-flash", true,
            new Price.PerMillionTokens(0.30, 2.50)),
        new PlanRunSummary.PlanModel("maverick", "sim:llama-4-maverick", true,
            new Price.PerMillionTokens(0.27, 0.85))), List.of("b1"), "", List.of(claim));
    store.runs().create(RunInfo.started("p1", "plan", "Flash vs Maverick", NOW, "{}", true));
    store.runs().updateSummary("p1", plan.toJson().toString());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void build_planRun_pullsInItsBenchRunWithCostsAndClaims() {
    ReportModel model = RunReports.build(store.runs(), List.of("p1"), NOW);

    assertThat(model.runIds()).containsExactly("p1", "b1");
    assertThat(model.title()).isEqualTo("Flash vs Maverick");
    assertThat(model.models()).extracting(m -> m.endpoint()).containsOnly(EndpointKind.SIMULATED);
    assertThat(model.performance().levelsOf("flash")).hasSize(2);
    assertThat(model.performance().levelsOf("flash").get(1).level())
        .isEqualTo(LoadLevel.concurrency(512));
    assertThat(model.performance().levelsOf("flash").get(1).failedRequests()).isEqualTo(40);
    assertThat(model.performance().levelsOf("flash").getFirst().serverPeak(
        "versus_sim_memory_bytes")).hasValue(4.0e11);
    // 256 prompt and 64 output tokens per request: (256 x 0.30 + 64 x 2.50) / 1e6 x 1000
    CostEstimate flash = model.costs().stream().filter(c -> c.modelKey().equals("flash"))
        .findFirst().orElseThrow();
    assertThat(flash.usdPer1kRequests()).isCloseTo(0.2368, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model.claimsWith(ClaimVerdict.VERIFIED)).extracting(Claim::id).containsExactly("a7");
  }

  @Test
  void build_rendersJsonThatFitsTheSchema() throws Exception {
    ReportModel model = RunReports.build(store.runs(), List.of("p1"), NOW);
    JsonNode json = JSON.readTree(ReportRenderers.require("json").render(model, ReportLanguage.EN));

    Schema schema;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("report/report.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JSON.readTree(in));
    }
    assertThat(schema.validate(json)).isEmpty();
  }

  @Test
  void build_unknownRun_namesIt() {
    assertThatThrownBy(() -> RunReports.build(store.runs(), List.of("nope"), NOW))
        .isInstanceOf(RunReportException.class).hasMessageContaining("'nope'");
  }

  @Test
  void build_runWithoutSummary_saysSo() {
    store.runs().create(RunInfo.started("b2", "bench", "", NOW, "{}", true));

    assertThatThrownBy(() -> RunReports.build(store.runs(), List.of("b2"), NOW))
        .isInstanceOf(RunReportException.class).hasMessageContaining("no summary yet");
  }
}
