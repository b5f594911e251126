package dev.versus.planrun;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.eval.EvalException;
import dev.versus.eval.JudgePanel;
import dev.versus.eval.JudgeSettings;
import dev.versus.eval.ResponseCache;
import dev.versus.eval.RetryPolicy;
import dev.versus.eval.Suite;
import dev.versus.plan.JudgePlan;
import dev.versus.plan.ModelSpec;
import dev.versus.provider.ChatProvider;
import dev.versus.store.Store;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The judge models of a plan's {@code llm-judge} suites: the plan's {@code quality.judge} as the
 * default, each reference opened through {@link PlanClients} (a reference that is one of the plan's
 * models reuses that model's client settings and API key), judge replies cached in the same
 * response cache file as {@code versus eval}'s, next to a SQLite store.
 */
final class PlanJudges {
  /** The response cache's file name, next to the SQLite store (as {@code versus eval} uses). */
  static final String CACHE_FILE = "eval-cache.jsonl";

  private PlanJudges() {}

  /** A panel whose default judge is the plan's, opening nothing yet. */
  static JudgePanel panel(Optional<JudgePlan> judge, Collection<ModelSpec> models,
      PlanClients clients, long seed) {
    JudgeSettings settings = JudgeSettings.defaults();
    if (judge.isPresent()) {
      settings = settings.withJudge(judge.get().reference()).withRubric(judge.get().rubric())
          .withTemplate(judge.get().template());
    }
    return JudgePanel.create(settings, ref -> open(ref, models, clients), RetryPolicy.defaults(),
        seed);
  }

  private static ChatProvider open(String ref, Collection<ModelSpec> models, PlanClients clients) {
    return models.stream().filter(m -> m.ref().equals(ref)).findFirst()
        .map(clients::createForQuality)
        .orElseGet(() -> clients.createJudge(ref));
  }

  /**
   * Opens every judge the suites' {@code llm-judge} cases use, so a bad reference fails before any
   * model is called.
   *
   * @return the judge references, sorted; empty when no case is judged
   * @throws PlanRunException naming the judge and the problem
   */
  static Set<String> open(JudgePanel panel, List<Suite> suites) {
    try {
      return panel.open(suites);
    } catch (EvalException e) {
      throw new PlanRunException(e.getMessage());
    }
  }

  /** The response cache for judge replies: a file next to a SQLite store, else none. */
  static ResponseCache cache(Store store) {
    Optional<Path> file = store.location().sqliteFile().map(f -> f.resolveSibling(CACHE_FILE));
    if (file.isEmpty()) {
      return ResponseCache.none();
    }
    try {
      return ResponseCache.open(file.get());
    } catch (EvalException e) {
      throw new PlanRunException(e.getMessage());
    }
  }

  /** The eval run's config: the judges used, the default rubric and the template's source. */
  static String config(Set<String> refs, Optional<JudgePlan> judge) {
    ObjectNode n = new ObjectMapper().createObjectNode();
    if (!refs.isEmpty()) {
      ObjectNode j = n.putObject("judge");
      refs.forEach(j.putArray("models")::add);
      j.put("default_rubric", judge.map(JudgePlan::rubric).orElse(JudgeSettings.DEFAULT_RUBRIC));
      j.put("template", judge.map(JudgePlan::templateSource).orElse("built-in"));
      judge.flatMap(JudgePlan::planModel).ifPresent(k -> j.put("plan_model", k));
    }
    return n.toString();
  }
}
