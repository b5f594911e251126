package dev.versus.runreport;

import dev.versus.report.Claim;
import dev.versus.report.Consistency;
import dev.versus.report.CostEstimate;
import dev.versus.report.EndpointKind;
import dev.versus.report.Knee;
import dev.versus.report.LevelResult;
import dev.versus.report.ModelInfo;
import dev.versus.report.PairwiseComparison;
import dev.versus.report.Price;
import dev.versus.report.SuiteJudge;
import dev.versus.report.SuiteScore;
import dev.versus.report.ThresholdCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the runs of one report contributed so far; later runs add to it. Models met in several runs
 * (a plan's bench and eval parts) merge by key; a priced entry wins over an unpriced one.
 */
final class Parts {
  final Map<String, ModelInfo> models = new LinkedHashMap<>();
  final List<LevelResult> levels = new ArrayList<>();
  final List<Knee> knees = new ArrayList<>();
  final List<SuiteScore> scores = new ArrayList<>();
  final List<PairwiseComparison> comparisons = new ArrayList<>();
  final List<Consistency> consistency = new ArrayList<>();
  final List<SuiteJudge> judges = new ArrayList<>();
  final List<CostEstimate> costs = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final List<ThresholdCheck> thresholds = new ArrayList<>();
  /** Mean prompt and output tokens per completed request, per model, over all bench levels. */
  final Map<String, double[]> tokensPerRequest = new LinkedHashMap<>();
  final Map<String, String> tokenSources = new LinkedHashMap<>();
  String title = "";
  String language = "";
  String slo = "";
  double durationSeconds;
  double warmupSeconds;

  /** Adds a model shown as {@code label}, reached at {@code reference}. */
  void model(String key, String label, String reference, String provider, boolean simulated,
      Price price) {
    ModelInfo existing = models.get(key);
    if (existing != null && !(price instanceof Price.PerMillionTokens)) {
      return;
    }
    String shownLabel = existing != null ? existing.label() : label;
    String shownReference = existing != null ? existing.reference() : reference;
    models.put(key, new ModelInfo(key, shownLabel, shownReference, provider,
        simulated ? EndpointKind.SIMULATED : EndpointKind.REAL, price));
  }

  boolean simulated(String key) {
    ModelInfo info = models.get(key);
    return info != null && info.endpoint() == EndpointKind.SIMULATED;
  }
}
