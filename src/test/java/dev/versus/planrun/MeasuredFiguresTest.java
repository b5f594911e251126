package dev.versus.planrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.versus.plan.FigureRef;
import dev.versus.plan.Figures.Lookup;
import dev.versus.plan.Measured;
import dev.versus.plan.Plan;
import dev.versus.plan.PlanReader;
import dev.versus.plan.Selector;
import dev.versus.plan.Stat;
import dev.versus.plan.Unit;
import dev.versus.report.EndpointKind;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Figures from a stored bench summary (the runreport fixture): units, classes, levels, cost. */
class MeasuredFiguresTest {
  private static final String PLAN = """
      title: t
      models:
        flash: { model: sim:gemini-2.5-flash, price: { input-per-million: 0.30, output-per-million: 2.50 } }
        maverick: { model: sim:llama-4-maverick }
      performance:
        load: { concurrency: [64, 512] }
        duration: 4s
      """;

  private MeasuredFigures figures;

  @BeforeEach
  void load() throws Exception {
    JsonNode bench;
    try (InputStream in = getClass().getResourceAsStream("/runreport/bench-summary.json")) {
      bench = new ObjectMapper().readTree(in);
    }
    Plan plan = PlanReader.parse("t.yaml", PLAN, Path.of(""), Map.<String, String>of()::get);
    figures = new MeasuredFigures(plan.models(),
        new Measurements(bench, MissingNode.getInstance(), List.of()), plan.cost());
  }

  private Measured found(String model, String metric, Stat stat, String arg, Selector at) {
    Lookup lookup = figures.lookup(new FigureRef(model, metric, stat, arg, at));
    assertThat(lookup).as(metric).isInstanceOf(Lookup.Found.class);
    return ((Lookup.Found) lookup).measured();
  }

  @Test
  void lookup_latency_isInSecondsAndSimulated() {
    Measured ttft = found("flash", "ttft", Stat.P50, "", new Selector.Concurrency(64));

    assertThat(ttft.value()).isCloseTo(0.7, within(1e-9));
    assertThat(ttft.unit()).isEqualTo(Unit.SECONDS);
    assertThat(ttft.endpoint()).isEqualTo(EndpointKind.SIMULATED);
    assertThat(ttft.source()).contains("concurrency=64");
  }

  @Test
  void lookup_errorsOfOneClass_countOnlyThatClass() {
    assertThat(found("flash", "errors", Stat.NONE, "backend_crash", new Selector.Concurrency(512))
        .value()).isEqualTo(40);
    assertThat(found("flash", "errors", Stat.NONE, "timeout", new Selector.Concurrency(512))
        .value()).isZero();
    assertThat(found("flash", "error_rate", Stat.NONE, "", new Selector.Concurrency(512))
        .value()).isCloseTo(40.0 / 140, within(1e-9));
  }

  @Test
  void lookup_memoryOverTheRun_isTheHighestLevelMaximum() {
    Measured memory = found("maverick", "memory_bytes", Stat.MAX, "", Selector.RUN);

    assertThat(memory.value()).isEqualTo(4.0e11);
    assertThat(memory.unit()).isEqualTo(Unit.BYTES);
  }

  @Test
  void lookup_levelNotRun_isMissingWithReason() {
    Lookup lookup = figures.lookup(
        new FigureRef("flash", "ttft", Stat.P50, "", new Selector.Concurrency(128)));

    assertThat(lookup).isInstanceOfSatisfying(Lookup.Missing.class,
        m -> assertThat(m.reason()).contains("concurrency=128"));
  }

  @Test
  void lookup_cost_usesPriceAndMeasuredTokens_orSaysThePriceIsMissing() {
    // 256 prompt and 64 output tokens per request: (256 x 0.30 + 64 x 2.50) / 1e6 x 1000
    assertThat(found("flash", "cost_per_1k_requests", Stat.NONE, "", Selector.RUN).value())
        .isCloseTo(0.2368, within(1e-9));
    assertThat(figures.lookup(new FigureRef("maverick", "cost_per_1k_requests", Stat.NONE, "",
        Selector.RUN))).isInstanceOfSatisfying(Lookup.Missing.class,
            m -> assertThat(m.reason()).contains("no price"));
  }

  @Test
  void lookup_qualityWithoutEval_isMissing() {
    assertThat(figures.lookup(new FigureRef("flash", "score", Stat.NONE, "nlu-es", Selector.RUN)))
        .isInstanceOf(Lookup.Missing.class);
  }
}
