package dev.versus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link EvalResults} over the {@code eval_results} table. */
final class SqlEvalResults implements EvalResults {
  private static final int BATCH = 200;
  private static final String COLUMNS = "run_id, suite, case_id, model_key, repeat_index, scorer,"
      + " prompt, expected, response, extracted_answer, score, passed, details_json, latency_ns,"
      + " prompt_tokens, output_tokens, cost_usd, cached, error_class, error_message";
  private static final String INSERT = "INSERT INTO eval_results (" + COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Database db;

  SqlEvalResults(Database db) {
    this.db = db;
  }

  @Override
  public void append(List<EvalResultRow> rows) {
    List<EvalResultRow> copy = List.copyOf(rows);
    if (copy.isEmpty()) {
      return;
    }
    db.write("append " + copy.size() + " eval results for run '" + copy.get(0).runId()
        + "' (does the run exist?)", c -> {
          Sql.insertBatched(c, INSERT, copy, BATCH, (ps, row) -> bind(ps, row));
          return null;
        });
  }

  @Override
  public List<EvalResultRow> list(String runId) {
    return query(runId, "");
  }

  @Override
  public List<EvalResultRow> list(String runId, String modelKey) {
    Objects.requireNonNull(modelKey, "modelKey");
    return query(runId, modelKey);
  }

  private List<EvalResultRow> query(String runId, String modelKey) {
    Objects.requireNonNull(runId, "runId");
    String sql = "SELECT " + COLUMNS + " FROM eval_results WHERE run_id = ?"
        + (modelKey.isEmpty() ? "" : " AND model_key = ?") + " ORDER BY id";
    return db.stream("read eval results of run '" + runId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(Database.fetchSize());
        ps.setString(1, runId);
        if (!modelKey.isEmpty()) {
          ps.setString(2, modelKey);
        }
        List<EvalResultRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(map(rs));
          }
        }
        return List.copyOf(rows);
      }
    });
  }

  private static void bind(PreparedStatement ps, EvalResultRow row) throws SQLException {
    ps.setString(1, row.runId());
    Sql.text(ps, 2, row.suite());
    Sql.text(ps, 3, row.caseId());
    Sql.text(ps, 4, row.modelKey());
    ps.setInt(5, row.repeat());
    Sql.text(ps, 6, row.scorer());
    Sql.text(ps, 7, row.prompt());
    Sql.optionalText(ps, 8, row.expected());
    Sql.optionalText(ps, 9, row.response());
    Sql.optionalText(ps, 10, row.extractedAnswer());
    ps.setDouble(11, row.score());
    ps.setBoolean(12, row.passed());
    Sql.optionalText(ps, 13, row.detailsJson());
    Sql.optionalLong(ps, 14, row.latencyNanos());
    Sql.optionalInt(ps, 15, row.promptTokens());
    Sql.optionalInt(ps, 16, row.outputTokens());
    Sql.amount(ps, 17, row.costUsd());
    ps.setBoolean(18, row.cached());
    Sql.optionalText(ps, 19, row.errorClass());
    Sql.optionalText(ps, 20, row.errorMessage());
  }

  private static EvalResultRow map(ResultSet rs) throws SQLException {
    return new EvalResultRow(
        rs.getString("run_id"),
        rs.getString("suite"),
        rs.getString("case_id"),
        rs.getString("model_key"),
        rs.getInt("repeat_index"),
        rs.getString("scorer"),
        Sql.text(rs, "prompt"),
        Sql.text(rs, "expected"),
        Sql.text(rs, "response"),
        Sql.text(rs, "extracted_answer"),
        rs.getDouble("score"),
        rs.getBoolean("passed"),
        Sql.text(rs, "details_json"),
        Sql.optionalLong(rs, "latency_ns"),
        Sql.optionalInt(rs, "prompt_tokens"),
        Sql.optionalInt(rs, "output_tokens"),
        Sql.amount(rs, "cost_usd"),
        rs.getBoolean("cached"),
        Sql.text(rs, "error_class"),
        Sql.text(rs, "error_message"));
  }
}
