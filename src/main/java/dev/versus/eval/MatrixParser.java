package dev.versus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a matrix from a response: the JSON array of arrays of numbers in the explicit answer
 * ({@code Answer: [[..]]}, {@code \boxed{..}}) or else the last one in the text (prose and code
 * fences allowed, so echoed input matrices before the result do not count), a LaTeX matrix
 * ({@code 1 & 2 \\ 3 & 4}), or the last block of consecutive lines that are all numbers with the
 * same count per line ({@code ], [} also breaks a row, for bracketed rows with fractions).
 */
final class MatrixParser {
  private static final Pattern LATEX_ENV = Pattern.compile("\\\\(?:begin|end)\\{[^}]*}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\[\\]()|&;{}$,]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ROW_BREAK = Pattern.compile("]\\s*,?\\s*\\[");
  private static final Pattern OPEN_MATRIX = Pattern.compile("\\[\\s*\\[");

  private MatrixParser() {}

  /** The matrix in {@code text} as rows of equal length; empty when there is none. */
  static Optional<double[][]> parse(String text) {
    Optional<double[][]> explicit = AnswerExtraction.strict(text).flatMap(MatrixParser::lastJson);
    if (explicit.isPresent()) {
      return explicit;
    }
    Optional<double[][]> last = lastJson(text);
    if (last.isPresent()) {
      return last;
    }
    Optional<JsonNode> json = JsonExtraction.first(text);
    if (json.isPresent() && json.get().isArray()) {
      return fromJson(json.get());
    }
    if (text.contains("&")) {
      Optional<double[][]> latex = fromLines(text.replace("\\\\", "\n").split("\n"));
      if (latex.isPresent()) {
        return latex;
      }
    }
    return fromLines(ROW_BREAK.matcher(text).replaceAll("\n").split("\n"));
  }

  /** The last {@code [[...]]} block in {@code text} that is a rectangular matrix of numbers. */
  private static Optional<double[][]> lastJson(String text) {
    Optional<double[][]> last = Optional.empty();
    Matcher m = OPEN_MATRIX.matcher(text);
    while (m.find()) {
      int end = JsonExtraction.matchingEnd(text, m.start());
      if (end < 0) {
        continue;
      }
      try {
        Optional<double[][]> matrix =
            fromJson(JsonExtraction.MAPPER.readTree(text.substring(m.start(), end + 1)));
        if (matrix.isPresent()) {
          last = matrix;
        }
      } catch (JsonProcessingException e) {
        // not JSON here; a later block may be
      }
    }
    return last;
  }

  static Optional<double[][]> fromJson(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      return Optional.empty();
    }
    if (!node.get(0).isArray()) {
      return row(node).map(r -> new double[][] {r});
    }
    double[][] rows = new double[node.size()][];
    for (int i = 0; i < node.size(); i++) {
      Optional<double[]> r = row(node.get(i));
      if (r.isEmpty() || (i > 0 && r.get().length != rows[0].length)) {
        return Optional.empty();
      }
      rows[i] = r.get();
    }
    return Optional.of(rows);
  }

  private static Optional<double[]> row(JsonNode node) {
    if (!node.isArray() || node.isEmpty()) {
      return Optional.empty();
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < node.size(); i++) {
      JsonNode cell = node.get(i);
      if (cell.isNumber()) {
        out[i] = cell.doubleValue();
      } else if (cell.isTextual()) {
        OptionalDouble v = NumberParser.parse(cell.textValue());
        if (v.isEmpty()) {
          return Optional.empty();
        }
        out[i] = v.getAsDouble();
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(out);
  }

  private static Optional<double[][]> fromLines(String[] lines) {
    List<double[]> best = List.of();
    List<double[]> current = new ArrayList<>();
    for (String line : lines) {
      Optional<double[]> r = numericLine(line);
      boolean continues =
          r.isPresent() && (current.isEmpty() || current.get(0).length == r.get().length);
      if (continues) {
        current.add(r.get());
        continue;
      }
      if (current.size() > 0) {
        best = List.copyOf(current);
      }
      current = new ArrayList<>();
      r.ifPresent(current::add);
    }
    if (!current.isEmpty()) {
      best = List.copyOf(current);
    }
    if (best.isEmpty() || (best.size() == 1 && best.get(0).length == 1 && lines.length > 1)) {
      return Optional.empty();
    }
    return Optional.of(best.toArray(new double[0][]));
  }

  /** A line made only of numbers (brackets, bars, ampersands and commas are separators). */
  private static Optional<double[]> numericLine(String line) {
    String t = LATEX_ENV.matcher(line).replaceAll(" ");
    t = SEPARATORS.matcher(t).replaceAll(" ").strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String[] tokens = SPACES.split(t);
    double[] out = new double[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      OptionalDouble v = NumberParser.parse(tokens[i]);
      if (v.isEmpty() || !tokens[i].matches(".*\\d.*")) {
        return Optional.empty();
      }
      out[i] = v.getAsDouble();
    }
    return Optional.of(out);
  }
}
