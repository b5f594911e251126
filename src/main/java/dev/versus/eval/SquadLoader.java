package dev.versus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQuAD v1.1 JSON (also XQuAD): {@code data[].paragraphs[].{context, qas[].{id, question,
 * answers[].text}}}, one case per question with every distinct gold answer, scored by {@code
 * token-f1} with the file's language ({@code xquad.es.json} → es, or option {@code lang}). Errors
 * name the JSON path of the bad element.
 */
final class SquadLoader implements DatasetLoader {
  @Override
  public LoadedDataset load(Path file, Map<String, String> options, Scorers scorers) {
    String scorer = TextLines.scorer(options, "token-f1", scorers);
    String lang = TextLines.language(file, options, "en");
    String instruction = lang.equals("es")
        ? "Responde a la pregunta con un fragmento breve copiado del texto."
        : "Answer the question with a short span copied from the text.";
    JsonNode root;
    try {
      root = JsonExtraction.MAPPER.readTree(TextLines.stripBom(TextLines.readString(file)));
    } catch (JsonProcessingException e) {
      throw new EvalException(file + ":" + e.getLocation().getLineNr()
          + ": not valid JSON; expected SQuAD v1.1 {\"data\": [...]}");
    }
    JsonNode data = root.path("data");
    if (!data.isArray()) {
      throw new EvalException(file + ": field 'data': expected a list of articles (SQuAD v1.1),"
          + " got " + CaseParser.kind(data));
    }
    List<EvalCase> cases = new ArrayList<>();
    for (int a = 0; a < data.size(); a++) {
      JsonNode paragraphs = data.get(a).path("paragraphs");
      String at = file + ": data[" + a + "].paragraphs";
      if (!paragraphs.isArray()) {
        throw new EvalException(at + ": expected a list, got " + CaseParser.kind(paragraphs));
      }
      for (int p = 0; p < paragraphs.size(); p++) {
        String pat = at + "[" + p + "]";
        String context = Gsm8kLoader.field(paragraphs.get(p), "context", pat + ": ").strip();
        JsonNode qas = paragraphs.get(p).path("qas");
        if (!qas.isArray()) {
          throw new EvalException(pat + ".qas: expected a list, got " + CaseParser.kind(qas));
        }
        for (int q = 0; q < qas.size(); q++) {
          String qat = pat + ".qas[" + q + "]: ";
          JsonNode qa = qas.get(q);
          String id = Gsm8kLoader.field(qa, "id", qat);
          String question = Gsm8kLoader.field(qa, "question", qat);
          Set<String> answers = new LinkedHashSet<>();
          for (JsonNode ans : qa.path("answers")) {
            answers.add(Gsm8kLoader.field(ans, "text", qat + "answers: ").strip());
          }
          if (answers.isEmpty()) {
            throw new EvalException(qat + "field 'answers': expected at least one {\"text\"}");
          }
          String prompt = context + "\n\n" + question + "\n\n" + instruction;
          EvalCase c = new EvalCase(id, List.of(Message.user(prompt)), Map.of(),
              List.copyOf(answers), scorer, ScorerOptions.empty(), lang, List.of("squad"),
              Map.of());
          cases.add(TextLines.validated(c, scorers, qat));
        }
      }
    }
    if (cases.isEmpty()) {
      throw new EvalException(file + ": no questions found in 'data'");
    }
    String name = file.getFileName().toString().replaceAll("\\.json$", "");
    return LoadedDataset.of(new Suite(name, "SQuAD-format QA from " + file, cases, scorer));
  }
}
