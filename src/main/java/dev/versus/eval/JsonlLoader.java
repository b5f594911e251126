package dev.versus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generic JSONL: one object per line; the prompt, expected answer (a string, number or list) and
 * id fields are named by options (see {@link ColumnMapping}); the id defaults to the line number.
 */
final class JsonlLoader implements DatasetLoader {
  @Override
  public LoadedDataset load(Path file, Map<String, String> options, Scorers scorers) {
    ColumnMapping map = ColumnMapping.from(options, scorers);
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
        throw new EvalException(at + "not valid JSON; expected one object per line with fields '"
            + map.prompt() + "' and '" + map.expected() + "'");
      }
      String prompt = Gsm8kLoader.field(node, map.prompt(), at);
      JsonNode exp = node.path(map.expected());
      List<String> expected = new ArrayList<>();
      if (exp.isArray()) {
        exp.forEach(e -> expected.add(e.asText()));
      } else if (exp.isValueNode() && !exp.isNull()) {
        expected.add(exp.asText());
      } else {
        throw new EvalException(at + "field '" + map.expected() + "': expected a string, number"
            + " or list, got " + CaseParser.kind(exp));
      }
      JsonNode idNode = node.path(map.id());
      String id = idNode.isValueNode() && !idNode.asText().isBlank()
          ? idNode.asText() : "line-" + (i + 1);
      cases.add(TextLines.validated(map.toCase(id, prompt, expected), scorers, at));
    }
    if (cases.isEmpty()) {
      throw new EvalException(file + ": no rows");
    }
    String name = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    return LoadedDataset.of(new Suite(name, "JSONL from " + file, cases, map.scorer()));
  }
}
