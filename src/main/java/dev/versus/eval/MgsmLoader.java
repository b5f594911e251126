package dev.versus.eval;

import dev.versus.core.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MGSM TSV: {@code question<TAB>answer} per line, the answer a plain number. Language from option
 * {@code lang} or the file name ({@code mgsm_es.tsv} → es); a sentence asking for {@code
 * Respuesta: N} (Spanish) or {@code Answer: N} is appended unless option {@code instruction} says
 * otherwise. Scorer {@code number}.
 */
final class MgsmLoader implements DatasetLoader {
  @Override
  public LoadedDataset load(Path file, Map<String, String> options, Scorers scorers) {
    String scorer = TextLines.scorer(options, "number", scorers);
    String lang = TextLines.language(file, options, "en");
    String instruction = options.getOrDefault("instruction", lang.equals("es")
        ? "Resuelve el problema paso a paso y termina con una línea 'Respuesta: N'."
        : "Solve the problem step by step and end with a line 'Answer: N'.");
    List<String> lines = TextLines.read(file);
    List<EvalCase> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = TextLines.stripBom(lines.get(i));
      if (line.isBlank()) {
        continue;
      }
      String at = file + ":" + (i + 1) + ": ";
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isBlank()) {
        throw new EvalException(at + "expected 2 tab-separated columns question<TAB>answer (MGSM"
            + " TSV), got " + cols.length);
      }
      String answer = cols[1].strip();
      if (NumberParser.parse(answer, lang).isEmpty()) {
        throw new EvalException(at + "column 2 (answer): expected a number, got '"
            + TextNormalizer.preview(answer) + "'");
      }
      String prompt = instruction.isEmpty() ? cols[0] : cols[0] + "\n\n" + instruction;
      EvalCase c = new EvalCase("mgsm-" + lang + "-" + (i + 1), List.of(Message.user(prompt)),
          Map.of(), List.of(answer), scorer, ScorerOptions.empty(), lang, List.of("mgsm"),
          Map.of("line", Integer.toString(i + 1)));
      cases.add(TextLines.validated(c, scorers, at));
    }
    if (cases.isEmpty()) {
      throw new EvalException(file + ": no lines, expected MGSM TSV question<TAB>answer");
    }
    return LoadedDataset.of(new Suite("mgsm-" + lang, "MGSM (" + lang + ") from " + file, cases,
        scorer));
  }
}
