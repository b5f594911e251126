package dev.versus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.eval.DatasetLoaders;
import dev.versus.eval.EvalCase;
import dev.versus.eval.EvalException;
import dev.versus.eval.Judge;
import dev.versus.eval.JudgePanel;
import dev.versus.eval.JudgeSettings;
import dev.versus.eval.ResponseCache;
import dev.versus.eval.RetryPolicy;
import dev.versus.eval.Score;
import dev.versus.eval.Scorers;
import dev.versus.eval.SuiteReader;
import dev.versus.provider.ModelRef;
import dev.versus.provider.ProviderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code quality.judge} ({@code { model: KEY-or-REF, rubric, template }}, or just {@code
 * KEY-or-REF}) and checks, before anything runs, that every {@code llm-judge} case of the plan's
 * suite files and datasets has a judge: the plan's, its suite file's or its own.
 */
final class JudgeReader {
  private static final String PATH = "quality.judge";
  private static final Set<String> KEYS = Set.of("model", "rubric", "template");

  private final Fields fields;
  private final Path baseDir;
  private final Map<String, ModelSpec> models;

  JudgeReader(Fields fields, Path baseDir, Map<String, ModelSpec> models) {
    this.fields = fields;
    this.baseDir = baseDir;
    this.models = models;
  }

  JudgePlan read(JsonNode node) {
    if (node.isValueNode()) {
      return judge(node.asText(), PATH, JudgeSettings.DEFAULT_RUBRIC, defaults().template(),
          "built-in");
    }
    fields.keys(node, PATH, KEYS);
    String model = fields.required(node, PATH, "model",
        "a key of models (" + String.join(", ", models.keySet()) + ") or a model reference");
    String rubric = fields.text(node, PATH, "rubric", JudgeSettings.DEFAULT_RUBRIC);
    if (rubric.isBlank()) {
      throw fields.error(PATH + ".rubric", "expected the rubric's text, got an empty value");
    }
    String templateFile = fields.text(node, PATH, "template", "");
    String template = defaults().template();
    if (!templateFile.isBlank()) {
      Path file = baseDir.resolve(templateFile);
      try {
        template = Files.readString(file);
      } catch (IOException e) {
        throw fields.error(PATH + ".template", "cannot read the judge template " + file + ": "
            + e.getMessage());
      }
    }
    try {
      defaults().withRubric(rubric).withTemplate(template);
    } catch (EvalException e) {
      throw fields.error(PATH + ".template", e.getMessage());
    }
    return judge(model, PATH + ".model", rubric, template,
        templateFile.isBlank() ? "built-in" : templateFile);
  }

  private JudgePlan judge(String model, String at, String rubric, String template,
      String templateSource) {
    ModelSpec spec = models.get(model.strip());
    if (spec != null) {
      return new JudgePlan(spec.ref(), spec.key(), rubric, template, templateSource);
    }
    if (!model.contains(":")) {
      throw fields.error(at, "unknown model '" + model + "'" + Suggest.hint(model, models.keySet())
          + ": expected a key of models (" + String.join(", ", models.keySet()) + ") or a"
          + " reference openai:MODEL@BASE_URL, gemini:MODEL or sim:PROFILE");
    }
    ModelRef ref;
    try {
      ref = ModelRef.parse(model.strip());
    } catch (IllegalArgumentException | ProviderException e) {
      throw fields.error(at, e.getMessage());
    }
    if (!Set.of("openai", "gemini", "sim").contains(ref.scheme())) {
      throw fields.error(at, "unknown provider '" + ref.scheme() + "' in '" + model
          + "': expected openai:MODEL@BASE_URL, gemini:MODEL or sim:PROFILE");
    }
    return new JudgePlan(ref.toString(), "", rubric, template, templateSource);
  }

  /**
   * Loads the suite file or dataset to see that its {@code llm-judge} cases have a judge and valid
   * judge options; any other reason it does not load is reported too.
   *
   * @param at the plan field that names it, e.g. {@code quality.suites[1]}
   * @param file a suite file, or empty for a dataset
   * @param dataset {@code FORMAT:PATH} when {@code file} is empty
   */
  void check(String at, Optional<Path> file, String dataset, Optional<JudgePlan> judge) {
    Probe probe = new Probe(judge);
    Scorers scorers = Scorers.standard().withJudge(probe);
    String name;
    try {
      if (file.isPresent()) {
        name = SuiteReader.create(scorers).read(file.get()).name();
      } else {
        name = DatasetLoaders.standard().load(dataset, Map.of(), scorers).suite().name();
      }
    } catch (EvalException e) {
      throw fields.error(at, e.getMessage());
    }
    if (probe.missing > 0) {
      throw fields.error(at, "suite '" + name + "' has " + probe.missing + " llm-judge case"
          + (probe.missing == 1 ? "" : "s") + " and no judge model: add quality.judge: { model:"
          + " KEY-or-REF } (a key of models: " + String.join(", ", models.keySet()) + ", or"
          + " openai:MODEL@BASE_URL, gemini:MODEL, sim:PROFILE), or judge: REF in the suite file");
    }
  }

  private static JudgeSettings defaults() {
    return JudgeSettings.defaults();
  }

  /** Counts judged cases with no judge; checks the others' options as the real judge would. */
  private static final class Probe implements Judge {
    private final Judge real;
    private final boolean planJudge;
    private int missing;

    Probe(Optional<JudgePlan> judge) {
      this.planJudge = judge.isPresent();
      JudgeSettings settings = defaults().withJudge(judge.map(JudgePlan::reference).orElse(""));
      this.real = JudgePanel.create(settings, ref -> {
        throw new IllegalStateException("the plan reader opens no judge");
      }, RetryPolicy.defaults(), 0).judge(ResponseCache.none());
    }

    @Override
    public Score judge(String response, EvalCase evalCase) {
      throw new IllegalStateException("the plan reader grades nothing");
    }

    @Override
    public synchronized void validate(EvalCase evalCase) {
      if (!planJudge && evalCase.options().string("judge").filter(s -> !s.isBlank()).isEmpty()) {
        missing++;
        return;
      }
      real.validate(evalCase);
    }
  }
}
