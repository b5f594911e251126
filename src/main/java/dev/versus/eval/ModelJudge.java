package dev.versus.eval;

import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ModelRef;
import dev.versus.provider.ProviderException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code llm-judge} scorer's judge: renders the rubric prompt, asks the judge model (through
 * the response cache and with retries, like a model under test) and reads its grade. Case
 * options: {@code judge} (model reference), {@code rubric}, {@code threshold} (0..1, default 0.5,
 * used when the judge gives a score but no verdict). Thread-safe.
 */
final class ModelJudge implements Judge {
  static final String SCORER = "llm-judge";
  static final String ERROR_CLASS = "judge_error";
  /** The top of the score scale the built-in template asks for. */
  static final double SCALE = 10;
  /** Longest judge reply kept in a result's details. */
  static final int MAX_REPLY_CHARS = 2_000;

  private final JudgeSettings settings;
  private final Function<String, ChatProvider> providers;
  private final ModelCaller caller;
  private final SamplingParams sampling;

  ModelJudge(JudgeSettings settings, Function<String, ChatProvider> providers, ModelCaller caller) {
    this.settings = settings;
    this.providers = providers;
    this.caller = caller;
    this.sampling = SamplingParams.defaults().withTemperature(0).withMaxTokens(settings.maxTokens());
  }

  /** The judge model reference for {@code c}: its option, else the default; may be empty. */
  String judgeOf(EvalCase c) {
    return judgeOf(c, settings.defaultJudge());
  }

  static String judgeOf(EvalCase c, String defaultJudge) {
    return c.options().string("judge").map(String::strip).orElse(defaultJudge);
  }

  @Override
  public void validate(EvalCase c) {
    String ref = judgeOf(c);
    if (ref.isEmpty()) {
      throw new EvalException("scorer 'llm-judge' needs a judge model: give --judge REF, 'judge:'"
          + " in the suite file, or the case option 'judge' (openai:MODEL@URL, gemini:MODEL or"
          + " sim:PROFILE)");
    }
    try {
      ModelRef.parse(ref);
    } catch (IllegalArgumentException | ProviderException e) {
      throw new EvalException("option 'judge': " + e.getMessage());
    }
    double threshold = c.options().doubleOr("threshold", 0.5);
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new EvalException("option 'threshold': expected a number in 0..1, got " + threshold);
    }
    if (c.options().string("rubric").filter(String::isBlank).isPresent()) {
      throw new EvalException("option 'rubric': must not be empty");
    }
  }

  @Override
  public Score judge(String response, EvalCase c) {
    String ref = judgeOf(c);
    String rubric = c.options().string("rubric").orElse(settings.defaultRubric());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("judge", ref);
    details.put("rubric", rubric);
    if (ref.isEmpty()) {
      return Score.error(ERROR_CLASS, "no judge model configured", details);
    }
    String prompt = JudgePrompt.render(settings.template(), rubric,
        CaseExecution.promptText(c.renderedMessages()), c.expected(), response);
    ModelCaller.Answer answer;
    try {
      ChatProvider provider = providers.apply(ref);
      ChatRequest request = new ChatRequest(provider.model(), List.of(Message.user(prompt)),
          sampling);
      answer = caller.call(provider, ref, request, 0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Score.error(ERROR_CLASS, "judge " + ref + ": interrupted", details);
    } catch (RuntimeException e) {
      return Score.error(ERROR_CLASS, "judge " + ref + " could not be called: " + e.getMessage(),
          details);
    }
    details.put("judge_cached", Boolean.toString(answer.cached()));
    details.put("judge_reply", answer.content().length() > MAX_REPLY_CHARS
        ? answer.content().substring(0, MAX_REPLY_CHARS) + " …"
        : answer.content());
    if (!answer.errorClass().isEmpty()) {
      return Score.error(ERROR_CLASS, "judge " + ref + " call failed (" + answer.errorClass()
          + "): " + answer.errorMessage(), details);
    }
    double threshold = c.options().doubleOr("threshold", 0.5);
    return switch (JudgeReply.parse(answer.content(), SCALE, threshold)) {
      case JudgeReply.Graded g -> new Score(g.value(), g.passed(), g.verdict(),
          "judge " + ref + ": " + g.verdict() + (g.reason().isBlank() ? "" : " (" + g.reason() + ")"),
          details);
      case JudgeReply.Unusable u -> Score.error(ERROR_CLASS, "judge " + ref + " reply could not be"
          + " read: " + u.why() + ": '" + TextNormalizer.preview(answer.content()) + "'", details);
    };
  }
}
