package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModelTest {

  @Test
  void constructor_sampleModel_keepsEverySection() {
    ReportModel model = SampleReports.flashVersusMaverick();

    assertThat(model.models()).extracting(ModelInfo::key).containsExactly("flash", "maverick");
    assertThat(model.performance().levelsOf("flash")).hasSize(SampleReports.CONCURRENCY.length);
    assertThat(model.quality().suites()).hasSize(5);
    assertThat(model.claimsWith(ClaimVerdict.REFUTED)).hasSize(2);
  }

  @Test
  void constructor_levelOfUnknownModel_namesTheFieldAndTheKnownKeys() {
    ReportModel sample = SampleReports.flashVersusMaverick();
    List<LevelResult> levels = new ArrayList<>(sample.performance().levels());
    levels.add(SampleReports.level("gpt", 8, 100, 5, 64));
    Performance performance = new Performance("slo", 60, 10, levels, List.of());

    assertThatThrownBy(() -> withPerformance(sample, performance))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("performance.levels")
        .hasMessageContaining("unknown model 'gpt'");
  }

  @Test
  void constructor_sameModelAndLevelTwice_isRejected() {
    ReportModel sample = SampleReports.flashVersusMaverick();
    List<LevelResult> levels = new ArrayList<>(sample.performance().levels());
    levels.add(levels.getFirst());
    Performance performance = new Performance("slo", 60, 10, levels, List.of());

    assertThatThrownBy(() -> withPerformance(sample, performance))
        .hasMessageContaining("appears twice");
  }

  @Test
  void distribution_percentilesOutOfOrder_namesBothPercentiles() {
    assertThatThrownBy(() -> new Distribution(10, 50, 40, 60, 70, 80, 55, 12, 10, 90))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("p90")
        .hasMessageContaining("p50");
  }

  @Test
  void levelResult_missingLatencyMetric_saysToUseEmpty() {
    LevelResult good = SampleReports.level("flash", 8, 180, 4.5, 64);
    var latencies = new java.util.EnumMap<>(good.latencies());
    latencies.remove(LatencyMetric.ITL);

    assertThatThrownBy(() -> new LevelResult("flash", good.level(), good.requests(), good.errors(),
            latencies, 1, 1, 1, 50, TokenSource.SERVER_REPORTED, java.util.Map.of(), List.of()))
        .hasMessageContaining("missing itl");
  }

  @Test
  void pairwise_verdictContradictsPValue_isRejected() {
    assertThatThrownBy(() -> new PairwiseComparison("nlu-es", "a", "b", PairwiseVerdict.A_BETTER,
            0.40, 0.05, "mcnemar", 100))
        .hasMessageContaining("contradicts p=0.4");
  }

  @Test
  void claim_inconclusiveWithoutReason_isRejected() {
    assertThatThrownBy(() -> new Claim("c1", "text", "a > b", ClaimVerdict.INCONCLUSIVE, " ",
            List.of(), List.of()))
        .hasMessageContaining("claim[c1].reason");
  }

  @Test
  void suiteScore_intervalNotAroundScore_isRejected() {
    assertThatThrownBy(() -> new SuiteScore("flash", "nlu-es", "macro_f1", true, 0.9, 0.5, 0.8,
            0.95, 100, 0, 0))
        .hasMessageContaining("quality[flash nlu-es]");
  }

  @Test
  void apiPrice_measuredTokens_costPerThousandRequests() {
    var cost = new CostEstimate.ApiPrice("flash", 500, 300, TokenSource.SERVER_REPORTED,
        new Price.PerMillionTokens(0.30, 2.50));

    // 1000 × (500 × 0.30 + 300 × 2.50) / 1e6 = 0.90 USD
    assertThat(cost.usdPer1kRequests()).isCloseTo(0.90, within(1e-12));
  }

  @Test
  void selfHosted_gpuHoursOverThroughput_costPerThousandRequests() {
    var cost = new CostEstimate.SelfHosted("m", 2.0, 8, 4.0, LoadLevel.concurrency(32));

    // 16 USD per hour / 14,400 requests per hour × 1000 = 1.111 USD
    assertThat(cost.usdPer1kRequests()).isCloseTo(16.0 / 14.4, within(1e-12));
  }

  @Test
  void loadLevel_fractionalConcurrency_isRejected() {
    assertThatThrownBy(() -> new LoadLevel(LoadKind.CONCURRENCY, 2.5))
        .hasMessageContaining("whole number");
    assertThat(LoadLevel.rate(2.5).label()).isEqualTo("r=2.5/s");
  }

  private static ReportModel withPerformance(ReportModel m, Performance performance) {
    return new ReportModel(m.title(), m.generatedAt(), m.runIds(), m.workloadLanguage(),
        m.models(), performance, m.quality(), m.costs(), m.claims(), m.thresholds());
  }
}
