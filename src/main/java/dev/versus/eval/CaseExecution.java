package dev.versus.eval;

import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.core.Usage;
import java.util.List;
import java.util.Locale;

/** Calls the model for one task, scores the answer and prices the call. */
final class CaseExecution {
  /** Longest prompt text kept in a result; long-context prompts run to megabytes. */
  static final int MAX_PROMPT_CHARS = 100_000;

  private CaseExecution() {}

  static CaseResult execute(EvalRunner.Task task, List<Message> messages, ModelCaller caller,
      Scorers scorers, SamplingParams sampling, Price price) throws InterruptedException {
    EvalCase c = task.evalCase();
    ChatRequest request = new ChatRequest(task.model().provider().model(), messages, sampling);
    ModelCaller.Answer answer;
    try {
      answer = caller.call(task.model().provider(), task.model().key(), request, task.repeat());
    } catch (RuntimeException e) {
      // A client bug or a malformed answer the client did not map: recorded, never a crash.
      answer = new ModelCaller.Answer("", Usage.none(), -1, false, 1, "client_error",
          String.valueOf(e.getMessage()));
    }
    Score score = answer.errorClass().isEmpty()
        ? safeScore(scorers, answer.content(), c)
        : Score.fail("", "call failed (" + answer.errorClass() + "): " + answer.errorMessage());
    double cost = price == null ? Double.NaN : price.costUsd(answer.usage());
    // a scoring failure (e.g. an unparseable judge reply) is recorded like a failed call
    String errorClass = answer.errorClass().isEmpty() ? score.errorClass() : answer.errorClass();
    String errorMessage = answer.errorClass().isEmpty()
        ? (score.errorClass().isEmpty() ? "" : score.reason())
        : answer.errorMessage();
    return new CaseResult(task.suite().name(), c.id(), task.model().key(), task.repeat(), c.scorer(),
        promptText(messages), String.join(" | ", c.expected()),
        answer.content(), score,
        answer.latencyNanos(), answer.usage(), cost, answer.cached(), answer.attempts(),
        errorClass, errorMessage);
  }

  /** Scorers never throw on model output by contract; should one do so, the case scores 0. */
  private static Score safeScore(Scorers scorers, String response, EvalCase c) {
    try {
      return scorers.score(response, c);
    } catch (RuntimeException e) {
      return Score.fail("", "scorer '" + c.scorer() + "' could not score this response: "
          + e.getMessage());
    }
  }

  static String promptText(List<Message> messages) {
    StringBuilder sb = new StringBuilder();
    for (Message m : messages) {
      if (!sb.isEmpty()) {
        sb.append("\n\n");
      }
      sb.append(m.role().wireName().toLowerCase(Locale.ROOT)).append(": ").append(m.content());
    }
    if (sb.length() > MAX_PROMPT_CHARS) {
      int cut = sb.length() - MAX_PROMPT_CHARS;
      sb.setLength(MAX_PROMPT_CHARS);
      sb.append(" … [").append(cut).append(" more characters not stored]");
    }
    return sb.toString();
  }
}
