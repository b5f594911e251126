package dev.versus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link HistogramIntervals} over the {@code histogram_intervals} table. */
final class SqlHistogramIntervals implements HistogramIntervals {
  private static final String COLUMNS =
      "run_id, shard, model_key, load_level, metric, start_ns, duration_ns, histogram";
  private static final String INSERT =
      "INSERT INTO histogram_intervals (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final Database db;

  SqlHistogramIntervals(Database db) {
    this.db = db;
  }

  @Override
  public void append(List<HistogramIntervalRow> rows) {
    List<HistogramIntervalRow> copy = List.copyOf(rows);
    if (copy.isEmpty()) {
      return;
    }
    db.write("append " + copy.size() + " histogram intervals for run '" + copy.get(0).runId()
        + "' (does the run exist?)", c -> {
          Sql.insertBatched(c, INSERT, copy, copy.size(), (ps, row) -> {
            ps.setString(1, row.runId());
            ps.setInt(2, row.shard());
            Sql.text(ps, 3, row.modelKey());
            Sql.text(ps, 4, row.loadLevel());
            Sql.text(ps, 5, row.metric());
            ps.setLong(6, row.startNanos());
            ps.setLong(7, row.durationNanos());
            ps.setBytes(8, row.histogramView());
          });
          return null;
        });
  }

  @Override
  public List<HistogramIntervalRow> list(String runId) {
    return query(runId, "");
  }

  @Override
  public List<HistogramIntervalRow> list(String runId, String metric) {
    Objects.requireNonNull(metric, "metric");
    return query(runId, metric);
  }

  private List<HistogramIntervalRow> query(String runId, String metric) {
    Objects.requireNonNull(runId, "runId");
    String sql = "SELECT " + COLUMNS + " FROM histogram_intervals WHERE run_id = ?"
        + (metric.isEmpty() ? "" : " AND metric = ?") + " ORDER BY id";
    return db.stream("read histogram intervals of run '" + runId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(Database.fetchSize());
        ps.setString(1, runId);
        if (!metric.isEmpty()) {
          ps.setString(2, metric);
        }
        List<HistogramIntervalRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(map(rs));
          }
        }
        return List.copyOf(rows);
      }
    });
  }

  private static HistogramIntervalRow map(ResultSet rs) throws SQLException {
    return new HistogramIntervalRow(
        rs.getString("run_id"),
        rs.getInt("shard"),
        rs.getString("model_key"),
        Sql.text(rs, "load_level"),
        rs.getString("metric"),
        rs.getLong("start_ns"),
        rs.getLong("duration_ns"),
        rs.getBytes("histogram"));
  }
}
