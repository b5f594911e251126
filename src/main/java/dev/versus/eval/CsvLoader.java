package dev.versus.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generic CSV (RFC 4180: comma separated, double-quoted fields may hold commas, quotes as {@code
 * ""} and newlines); the first row names the columns, mapped by options as in {@link
 * ColumnMapping}. Several expected answers may be given in one cell separated by option {@code
 * separator} (none by default).
 */
final class CsvLoader implements DatasetLoader {
  /** One parsed row with the line it starts on. */
  record Row(int line, List<String> cells) {}

  @Override
  public LoadedDataset load(Path file, Map<String, String> options, Scorers scorers) {
    ColumnMapping map = ColumnMapping.from(options, scorers);
    List<Row> rows = parse(TextLines.stripBom(TextLines.readString(file)), file);
    if (rows.size() < 2) {
      throw new EvalException(file + ": expected a header row and at least one data row");
    }
    List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
    int promptCol = column(header, map.prompt(), file);
    int expectedCol = column(header, map.expected(), file);
    int idCol = header.indexOf(map.id());
    String separator = options.getOrDefault("separator", "");
    List<EvalCase> cases = new ArrayList<>();
    for (Row row : rows.subList(1, rows.size())) {
      String at = file + ":" + row.line() + ": ";
      if (row.cells().size() != header.size()) {
        throw new EvalException(at + "expected " + header.size() + " columns like the header,"
            + " got " + row.cells().size());
      }
      String cell = row.cells().get(expectedCol);
      List<String> expected = separator.isEmpty() ? List.of(cell)
          : List.of(cell.split(java.util.regex.Pattern.quote(separator)));
      String id = idCol >= 0 && !row.cells().get(idCol).isBlank()
          ? row.cells().get(idCol) : "line-" + row.line();
      String prompt = row.cells().get(promptCol);
      if (prompt.isBlank()) {
        throw new EvalException(at + "column '" + map.prompt() + "': expected a prompt, got an"
            + " empty cell");
      }
      cases.add(TextLines.validated(map.toCase(id, prompt, expected), scorers, at));
    }
    String name = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    return LoadedDataset.of(new Suite(name, "CSV from " + file, cases, map.scorer()));
  }

  private static int column(List<String> header, String name, Path file) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new EvalException(file + ":1: no column '" + name + "' in header " + header
          + "; name it with option " + name + "=COLUMN");
    }
    return i;
  }

  static List<Row> parse(String text, Path file) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowStart = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' ? 1 : 0;
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
          rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        cells.clear();
        line++;
        rowStart = line;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new EvalException(file + ":" + rowStart + ": unterminated quoted field");
    }
    if (!cell.isEmpty() || !cells.isEmpty()) {
      cells.add(cell.toString());
      rows.add(new Row(rowStart, List.copyOf(cells)));
    }
    return rows;
  }
}
