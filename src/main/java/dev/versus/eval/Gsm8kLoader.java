package dev.versus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GSM8K JSONL: {@code {"question", "answer"}} per line, the reference being the text after {@code
 * #### } with {@code ,} thousands separators removed. Scorer {@code number} (option {@code
 * scorer}); option {@code instruction} replaces the sentence appended to each question asking for
 * the {@code #### N} format (empty for none).
 */
final class Gsm8kLoader implements DatasetLoader {
  static final String INSTRUCTION =
      "Solve the problem step by step, then write the final answer on its own line as '#### N'.";

  @Override
  public LoadedDataset load(Path file, Map<String, String> options, Scorers scorers) {
    String scorer = TextLines.scorer(options, "number", scorers);
    String instruction = options.getOrDefault("instruction", INSTRUCTION);
    List<String> lines = TextLines.read(file);
    List<EvalCase> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = TextLines.stripBom(lines.get(i)).strip();
      if (line.isEmpty()) {
        continue;
      }
      String at = file + ":" + (i + 1) + ": ";
      JsonNode node;
      try {
        node = JsonExtraction.MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        throw new EvalException(at + "not valid JSON; expected a GSM8K line"
            + " {\"question\": ..., \"answer\": \"... #### N\"}");
      }
      String question = field(node, "question", at);
      String answer = field(node, "answer", at);
      int mark = answer.lastIndexOf("####");
      if (mark < 0) {
        throw new EvalException(at + "field 'answer': expected the final answer after '#### ',"
            + " got none");
      }
      String expected = answer.substring(mark + 4).strip().replace(",", "");
      String prompt = instruction.isEmpty() ? question : question + "\n\n" + instruction;
      EvalCase c = new EvalCase("gsm8k-" + (i + 1), List.of(dev.versus.core.Message.user(prompt)),
          Map.of(), List.of(expected), scorer, ScorerOptions.empty(), "en", List.of("gsm8k"),
          Map.of("line", Integer.toString(i + 1)));
      cases.add(TextLines.validated(c, scorers, at));
    }
    if (cases.isEmpty()) {
      throw new EvalException(file + ": no lines, expected GSM8K JSONL");
    }
    return LoadedDataset.of(new Suite("gsm8k", "GSM8K from " + file, cases, scorer));
  }

  static String field(JsonNode node, String name, String at) {
    JsonNode v = node.path(name);
    if (!v.isTextual()) {
      throw new EvalException(at + "field '" + name + "': expected a string, got "
          + CaseParser.kind(v));
    }
    return v.textValue();
  }
}
