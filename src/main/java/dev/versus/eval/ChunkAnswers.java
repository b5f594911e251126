package dev.versus.eval;

import dev.versus.core.Message;
import dev.versus.core.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The client-side chunking of the long-context suite: an aggregate case's prompt gets the model's
 * own answers to its group's map cases ({@code "Excerpt 3: NONE"}, one line per chunk, in chunk
 * order) in place of {@link LongContextSuiteGenerator#CHUNK_ANSWERS}.
 */
final class ChunkAnswers {
  private static final String AGGREGATE = "role:aggregate";
  private static final String MAP = "role:map";

  private ChunkAnswers() {}

  static boolean isAggregate(EvalCase c) {
    return c.tags().contains(AGGREGATE);
  }

  static boolean isMap(EvalCase c) {
    return c.tags().contains(MAP);
  }

  /** The aggregate task's messages with the map answers filled in from {@code results}. */
  static List<Message> fill(EvalRunner.Task task, Map<EvalRunner.Key, CaseResult> results) {
    String group = tag(task.evalCase(), "group:");
    String label = task.evalCase().language().equals("es") ? "Fragmento " : "Excerpt ";
    List<String> lines = new ArrayList<>();
    List<EvalCase> cases = task.suite().cases();
    for (int i = 0; i < cases.size(); i++) {
      EvalCase c = cases.get(i);
      if (isMap(c) && group.equals(tag(c, "group:"))) {
        EvalRunner.Key key = new EvalRunner.Key(task.key().model(), task.key().suite(), i,
            task.key().repeat());
        CaseResult map = results.get(key);
        String answer = map == null || map.response().isBlank()
            ? "(no answer)"
            : map.response().strip().replaceAll("\\s+", " ");
        lines.add(label + tag(c, "chunk:") + ": " + answer);
      }
    }
    String joined = String.join("\n", lines);
    List<Message> out = new ArrayList<>();
    for (Message m : task.evalCase().renderedMessages()) {
      out.add(m.role() == Role.USER
          ? new Message(m.role(), m.content().replace(LongContextSuiteGenerator.CHUNK_ANSWERS, joined))
          : m);
    }
    return List.copyOf(out);
  }

  private static String tag(EvalCase c, String prefix) {
    return c.tags().stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length()))
        .findFirst().orElse("");
  }
}
