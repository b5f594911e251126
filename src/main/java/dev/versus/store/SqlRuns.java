package dev.versus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Runs} over the {@code runs} table. */
final class SqlRuns implements Runs {
  private static final String COLUMNS = "id, kind, title, status, started_us, finished_us,"
      + " config_json, summary_json, simulated, shard_count";
  private static final String INSERT = "INSERT INTO runs (" + COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";

  private final Database db;

  SqlRuns(Database db) {
    this.db = db;
  }

  @Override
  public void create(RunInfo run) {
    if (!createIfAbsent(run)) {
      throw new StoreException("run '" + run.id() + "' already exists in store "
          + db.location().redacted());
    }
  }

  @Override
  public boolean createIfAbsent(RunInfo run) {
    Objects.requireNonNull(run, "run");
    return db.write("create run '" + run.id() + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        ps.setString(1, run.id());
        ps.setString(2, run.kind());
        Sql.text(ps, 3, run.title());
        ps.setString(4, run.status().wireName());
        ps.setLong(5, run.startedAtMicros());
        Sql.optionalLong(ps, 6, run.finishedAtMicros());
        Sql.optionalText(ps, 7, run.configJson());
        Sql.optionalText(ps, 8, run.summaryJson());
        ps.setBoolean(9, run.simulated());
        ps.setInt(10, run.shardCount());
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean finish(String id, RunStatus status, Instant finishedAt) {
    Objects.requireNonNull(id, "id");
    if (!status.terminal()) {
      throw new IllegalArgumentException("finish needs a terminal status, got " + status);
    }
    long micros = Rows.epochMicros(finishedAt);
    return db.write("finish run '" + id + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE runs SET status = ?, finished_us = ? WHERE id = ?")) {
        ps.setString(1, status.wireName());
        ps.setLong(2, micros);
        ps.setString(3, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean updateSummary(String id, String summaryJson) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summaryJson, "summaryJson");
    return db.write("update the summary of run '" + id + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE runs SET summary_json = ? WHERE id = ?")) {
        Sql.optionalText(ps, 1, summaryJson);
        ps.setString(2, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public Optional<RunInfo> find(String id) {
    Objects.requireNonNull(id, "id");
    return db.read("read run '" + id + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM runs WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(map(rs)) : Optional.<RunInfo>empty();
        }
      }
    });
  }

  @Override
  public List<RunInfo> list(RunFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM runs WHERE 1 = 1");
    List<String> args = new ArrayList<>();
    if (!filter.kind().isEmpty()) {
      sql.append(" AND kind = ?");
      args.add(filter.kind());
    }
    if (!filter.statuses().isEmpty()) {
      sql.append(" AND status IN (");
      String separator = "";
      for (RunStatus status : filter.statuses()) {
        sql.append(separator).append('?');
        separator = ", ";
        args.add(status.wireName());
      }
      sql.append(')');
    }
    sql.append(" ORDER BY started_us DESC, id DESC LIMIT ?");
    return db.read("list runs", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int index = 1;
        for (String arg : args) {
          ps.setString(index++, arg);
        }
        ps.setInt(index, filter.limit());
        List<RunInfo> runs = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            runs.add(map(rs));
          }
        }
        return List.copyOf(runs);
      }
    });
  }

  @Override
  public boolean delete(String id) {
    Objects.requireNonNull(id, "id");
    return db.write("delete run '" + id + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
        ps.setString(1, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  private static RunInfo map(ResultSet rs) throws SQLException {
    return new RunInfo(
        rs.getString("id"),
        rs.getString("kind"),
        Sql.text(rs, "title"),
        RunStatus.fromWire(rs.getString("status")),
        rs.getLong("started_us"),
        Sql.optionalLong(rs, "finished_us"),
        Sql.text(rs, "config_json"),
        Sql.text(rs, "summary_json"),
        rs.getBoolean("simulated"),
        rs.getInt("shard_count"));
  }
}
