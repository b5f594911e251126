package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRendererTest {
  private final ReportModel model = SampleReports.flashVersusMaverick();
  private final List<List<String>> rows = parse(new CsvRenderer().render(model, ReportLanguage.ES));

  @Test
  void render_sample_headerIsFixedInEveryLanguage() {
    assertThat(rows.getFirst()).isEqualTo(CsvRenderer.COLUMNS);
    assertThat(rows.getFirst()).contains("ttft_p99_ms", "goodput_percent", "ci_low", "token_source");
  }

  @Test
  void render_sample_oneRowPerModelLevelAndPerModelSuite() {
    int type = CsvRenderer.COLUMNS.indexOf("row_type");

    assertThat(rows.stream().skip(1).filter(r -> r.get(type).equals("performance")))
        .hasSize(model.performance().levels().size());
    assertThat(rows.stream().skip(1).filter(r -> r.get(type).equals("quality")))
        .hasSize(model.quality().scores().size());
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(CsvRenderer.COLUMNS.size()));
  }

  @Test
  void render_sample_cellsHoldMachineReadableFigures() {
    List<String> first = rows.get(1);
    LevelResult level = model.performance().levels().getFirst();

    assertThat(cell(first, "model")).isEqualTo("flash");
    assertThat(cell(first, "endpoint")).isEqualTo("simulated");
    assertThat(cell(first, "load_value")).isEqualTo("1");
    assertThat(Double.parseDouble(cell(first, "ttft_p99_ms")))
        .isEqualTo(Math.round(level.latency(LatencyMetric.TTFT).p99Ms() * 1000) / 1000.0);
  }

  @Test
  void quote_commaAndQuote_followRfc4180() {
    assertThat(CsvRenderer.quote("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    assertThat(CsvRenderer.quote("plain")).isEqualTo("plain");
  }

  private static String cell(List<String> row, String column) {
    return row.get(CsvRenderer.COLUMNS.indexOf(column));
  }

  /** A small RFC 4180 reader, enough for the test. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    return rows;
  }
}
