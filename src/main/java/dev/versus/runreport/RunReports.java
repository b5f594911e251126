package dev.versus.runreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.report.CostEstimate;
import dev.versus.report.ModelInfo;
import dev.versus.report.Performance;
import dev.versus.report.Price;
import dev.versus.report.Quality;
import dev.versus.report.ReportException;
import dev.versus.report.ReportModel;
import dev.versus.report.TokenSource;
import dev.versus.store.RunInfo;
import dev.versus.store.Runs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one {@link ReportModel} from stored runs: bench runs give the performance levels and
 * knees, eval runs the suite scores, paired tests and consistency, plan runs the models' prices,
 * the claims, and (through the run ids they name) their bench and eval runs. Cost per 1,000
 * requests is worked out from each priced model's mean measured tokens per request.
 *
 * <p>Stateless; safe to call from any thread that may read {@code runs}.
 */
public final class RunReports {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RunReports() {}

  /**
   * The report of the given runs, in the order given (a plan run pulls in its parts).
   *
   * @throws RunReportException naming the run when one does not exist, has no summary yet, is of a
   *     kind with no report, or its summary cannot be read
   */
  public static ReportModel build(Runs runs, List<String> runIds, Instant generatedAt) {
    if (runIds.isEmpty()) {
      throw new RunReportException("no run ids given");
    }
    Parts parts = new Parts();
    Set<String> done = new LinkedHashSet<>();
    for (String id : runIds) {
      add(runs, id, parts, done, Map.of());
    }
    addCosts(parts);
    String title = parts.title.isEmpty() ? defaultTitle(parts) : parts.title;
    try {
      return new ReportModel(title, generatedAt, List.copyOf(done),
          parts.language.isEmpty() ? "und" : parts.language, List.copyOf(parts.models.values()),
          parts.levels.isEmpty() ? Performance.none()
              : new Performance(parts.slo.isEmpty() ? "none" : parts.slo, parts.durationSeconds,
                  parts.warmupSeconds, parts.levels, parts.knees),
          new Quality(parts.scores, parts.comparisons, parts.consistency, parts.judges), parts.costs,
          parts.claims, parts.thresholds);
    } catch (ReportException e) {
      throw new RunReportException("runs " + done + " do not fit one report: " + e.getMessage());
    }
  }

  private static void add(Runs runs, String id, Parts parts, Set<String> done,
      Map<String, String> keyOf) {
    if (!done.add(id)) {
      return;
    }
    RunInfo run = runs.find(id).orElseThrow(() -> new RunReportException(
        "no run with id '" + id + "' in the store (check the id and --store)"));
    if (run.summaryJson().isBlank()) {
      throw new RunReportException("run '" + id + "' (" + run.kind() + ", " + run.status().wireName()
          + ") has no summary yet: it has not finished a level or suite");
    }
    JsonNode summary = parse(id, run.summaryJson());
    try {
      switch (run.kind()) {
        case "bench" -> BenchSummaries.read(id, summary, parts, keyOf);
        case "eval" -> EvalSummaries.read(summary, parts, keyOf, prices(run.configJson()));
        case "plan", "demo" -> addPlan(runs, id, summary, parts, done);
        default -> throw new RunReportException("run '" + id + "' is of kind '" + run.kind()
            + "', which has no report (expected bench, eval, plan or demo)");
      }
    } catch (ReportException | IllegalArgumentException e) {
      throw new RunReportException("run '" + id + "': its summary does not fit a report: "
          + e.getMessage());
    }
    if (parts.title.isEmpty() && !run.title().isBlank() && runKindHasTitle(run.kind())) {
      parts.title = run.title();
    }
  }

  private static boolean runKindHasTitle(String kind) {
    return kind.equals("plan") || kind.equals("demo");
  }

  private static void addPlan(Runs runs, String id, JsonNode json, Parts parts, Set<String> done) {
    PlanRunSummary plan = PlanRunSummary.fromJson(json);
    if (parts.title.isEmpty()) {
      parts.title = plan.title();
    }
    if (parts.language.isEmpty()) {
      parts.language = plan.language();
    }
    Map<String, String> keyOf = new HashMap<>();
    for (PlanRunSummary.PlanModel m : plan.models()) {
      keyOf.put(m.reference(), m.key());
      parts.model(m.key(), m.key(), m.reference(), ModelKeys.provider(m.reference()),
          m.simulated(), m.price());
    }
    List<String> partRuns = new ArrayList<>(plan.benchRunIds());
    partRuns.add(plan.evalRunId());
    for (String part : partRuns) {
      if (!part.isEmpty()) {
        add(runs, part, parts, done, keyOf);
      }
    }
    parts.claims.addAll(plan.claims());
  }

  private static void addCosts(Parts parts) {
    for (ModelInfo model : parts.models.values()) {
      double[] tokens = parts.tokensPerRequest.get(model.key());
      if (tokens != null && model.price() instanceof Price.PerMillionTokens price) {
        parts.costs.add(new CostEstimate.ApiPrice(model.key(), tokens[0], tokens[1],
            TokenSource.valueOf(parts.tokenSources.get(model.key())), price));
      }
    }
  }

  private static String defaultTitle(Parts parts) {
    List<String> labels = new ArrayList<>();
    parts.models.values().forEach(m -> labels.add(m.label()));
    return String.join(" vs ", labels);
  }

  /** The {@code versus eval --price REF=IN/OUT} prices kept in an eval run's configuration. */
  private static Map<String, Price> prices(String configJson) {
    Map<String, Price> out = new HashMap<>();
    if (configJson.isBlank()) {
      return out;
    }
    try {
      MAPPER.readTree(configJson).path("prices").properties().forEach(e -> {
        String[] inOut = e.getValue().asText().split("/");
        try {
          out.put(e.getKey(), new Price.PerMillionTokens(Double.parseDouble(inOut[0].strip()),
              Double.parseDouble(inOut[1].strip())));
        } catch (RuntimeException ignored) {
          // a price the eval itself would have refused; the model stays unpriced
        }
      });
    } catch (JsonProcessingException e) {
      return out;
    }
    return out;
  }

  private static JsonNode parse(String id, String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new RunReportException("run '" + id + "': its summary is not JSON: "
          + e.getOriginalMessage());
    }
  }
}
