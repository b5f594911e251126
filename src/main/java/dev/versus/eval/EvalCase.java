package dev.versus.eval;

import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One evaluation case: the messages to send (templates with {@code {{var}}} placeholders filled
 * from {@code variables}), the expected answers (several for extractive QA, none for safety
 * scorers), the scorer name and its options, the language ({@code en}, {@code es}, ...) and tags.
 * Send {@link #renderedMessages()} (or {@link #chatRequest}), not the raw templates.
 */
public record EvalCase(
    String id,
    List<Message> messages,
    Map<String, String> variables,
    List<String> expected,
    String scorer,
    ScorerOptions options,
    String language,
    List<String> tags,
    Map<String, String> metadata) {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*}}");

  public EvalCase {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("case id must not be blank");
    }
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("case " + id + " has no messages");
    }
    variables = Map.copyOf(variables);
    expected = List.copyOf(expected);
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(options, "options");
    language = language.strip().toLowerCase(Locale.ROOT);
    if (language.isEmpty()) {
      throw new IllegalArgumentException("case " + id + ": language must not be blank");
    }
    tags = List.copyOf(tags);
    metadata = Map.copyOf(metadata);
  }

  /** A single-prompt case with no variables, tags or metadata. */
  public static EvalCase ofPrompt(
      String id, String prompt, List<String> expected, String scorer, ScorerOptions options,
      String language) {
    return new EvalCase(
        id, List.of(Message.user(prompt)), Map.of(), expected, scorer, options, language, List.of(),
        Map.of());
  }

  /** A copy scored by another scorer with other options. */
  public EvalCase withScorer(String newScorer, ScorerOptions newOptions) {
    return new EvalCase(
        id, messages, variables, expected, newScorer, newOptions, language, tags, metadata);
  }

  /** The first expected answer, or an empty string when there is none. */
  public String firstExpected() {
    return expected.isEmpty() ? "" : expected.get(0);
  }

  /** The request to send for this case: the rendered messages, for {@code model}. */
  public ChatRequest chatRequest(String model, SamplingParams sampling) {
    return new ChatRequest(model, renderedMessages(), sampling);
  }

  /** The messages with every {@code {{var}}} replaced by its value; unknown names stay as written. */
  public List<Message> renderedMessages() {
    if (variables.isEmpty()) {
      return messages;
    }
    List<Message> out = new ArrayList<>(messages.size());
    for (Message m : messages) {
      out.add(new Message(m.role(), render(m.content(), variables)));
    }
    return List.copyOf(out);
  }

  static String render(String template, Map<String, String> vars) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = vars.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
