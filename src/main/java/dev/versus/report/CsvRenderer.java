package dev.versus.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form: one row per model and load level ({@code row_type=performance}) and one per model
 * and suite ({@code row_type=quality}), in one table with a fixed header. Column names are
 * snake_case English in every language so that scripts can rely on them; cells that do not apply to
 * a row type are empty. Numbers use {@code Locale.ROOT}; quoting follows RFC 4180.
 */
final class CsvRenderer implements ReportRenderer {
  /** The header, in order. */
  static final List<String> COLUMNS =
      List.of(
          "row_type", "model", "endpoint", "load_kind", "load_value", "requests", "errors",
          "error_rate_percent", "ttft_p50_ms", "ttft_p99_ms", "itl_p50_ms", "itl_p99_ms",
          "tpot_p50_ms", "tpot_p99_ms", "e2e_p50_ms", "e2e_p99_ms", "output_tokens_per_second",
          "peak_output_tokens_per_second", "requests_per_second", "goodput_percent",
          "token_source", "suite", "metric", "score", "ci_low", "ci_high", "n", "cost_usd");

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public String render(ReportModel model, ReportLanguage language) {
    StringBuilder out = new StringBuilder();
    line(out, COLUMNS);
    for (LevelResult l : model.performance().levels()) {
      List<String> row = empty();
      set(row, "row_type", "performance");
      set(row, "model", l.modelKey());
      set(row, "endpoint", model.model(l.modelKey()).endpoint().wireName());
      set(row, "load_kind", l.level().kind().wireName());
      set(row, "load_value", Fmt.trim(l.level().value()));
      set(row, "requests", Long.toString(l.requests()));
      set(row, "errors", Long.toString(l.failedRequests()));
      set(row, "error_rate_percent", Fmt.fixed(l.errorRatePercent(), 3));
      for (LatencyMetric metric : LatencyMetric.values()) {
        Distribution d = l.latency(metric);
        if (d.measured()) {
          set(row, metric.wireName() + "_p50_ms", Fmt.fixed(d.p50Ms(), 3));
          set(row, metric.wireName() + "_p99_ms", Fmt.fixed(d.p99Ms(), 3));
        }
      }
      set(row, "output_tokens_per_second", Fmt.fixed(l.outputTokensPerSecond(), 3));
      set(row, "peak_output_tokens_per_second", Fmt.fixed(l.peakOutputTokensPerSecond(), 3));
      set(row, "requests_per_second", Fmt.fixed(l.requestsPerSecond(), 3));
      set(row, "goodput_percent", Fmt.fixed(l.goodputPercent(), 3));
      set(row, "token_source", l.tokenSource().wireName());
      line(out, row);
    }
    for (SuiteScore s : model.quality().scores()) {
      List<String> row = empty();
      set(row, "row_type", "quality");
      set(row, "model", s.modelKey());
      set(row, "endpoint", model.model(s.modelKey()).endpoint().wireName());
      set(row, "errors", Long.toString(s.errors()));
      set(row, "suite", s.suite());
      set(row, "metric", s.metric());
      set(row, "score", Fmt.fixed(s.score(), 6));
      set(row, "ci_low", Fmt.fixed(s.ciLow(), 6));
      set(row, "ci_high", Fmt.fixed(s.ciHigh(), 6));
      set(row, "n", Long.toString(s.n()));
      set(row, "cost_usd", Fmt.fixed(s.costUsd(), 6));
      line(out, row);
    }
    return out.toString();
  }

  private static List<String> empty() {
    List<String> row = new ArrayList<>(COLUMNS.size());
    COLUMNS.forEach(c -> row.add(""));
    return row;
  }

  private static void set(List<String> row, String column, String value) {
    int index = COLUMNS.indexOf(column);
    if (index < 0) {
      throw new ReportException("CSV column '" + column + "' is not in the header");
    }
    row.set(index, value);
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String quote(String cell) {
    boolean needs =
        cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
    return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
