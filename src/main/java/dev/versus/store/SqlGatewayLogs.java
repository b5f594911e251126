package dev.versus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link GatewayLogs} over the {@code gateway_logs} table. Idempotence rests on the primary key
 * and {@code INSERT ... ON CONFLICT DO NOTHING}, which SQLite (3.24+) and PostgreSQL (9.5+) both
 * accept, so concurrent replays of the same row cannot both insert it.
 */
final class SqlGatewayLogs implements GatewayLogs {
  private static final String COLUMNS = "request_id, time_us, api_key_hash, route,"
      + " requested_model, backend, decision_reason, guard_json, streamed, prompt_tokens,"
      + " output_tokens, reasoning_tokens, cost_usd, ttft_ns, latency_ns, http_status,"
      + " error_class, error_message, redacted, prompt, response";
  private static final int PARAMETERS = 21;
  private static final String ROW = "(" + "?, ".repeat(PARAMETERS - 1) + "?)";
  /**
   * Rows per INSERT statement: one statement of many rows costs the driver and the database one
   * parse, one step and one reset where a row at a time costs one of each per row (on SQLite the
   * shipper spent about as long in them as in the inserts). 50 rows is 1,050 parameters, far
   * inside SQLite's 32,766 and PostgreSQL's 65,535.
   */
  static final int ROWS_PER_STATEMENT = 50;
  private static final String SELECT = "SELECT " + COLUMNS + " FROM gateway_logs";

  private final Database db;

  SqlGatewayLogs(Database db) {
    this.db = db;
  }

  @Override
  public boolean insertIfAbsent(GatewayLogRow row) {
    return insertAllIfAbsent(List.of(row)) == 1;
  }

  @Override
  public int insertAllIfAbsent(List<GatewayLogRow> rows) {
    List<GatewayLogRow> copy = List.copyOf(rows);
    if (copy.isEmpty()) {
      return 0;
    }
    // Multi-row INSERT ... ON CONFLICT DO NOTHING: its update count is the number of rows that
    // were new, which is the point here (JDBC batches may not report per-row counts).
    return db.write("insert " + copy.size() + " gateway logs", c -> insert(c, copy));
  }

  private static int insert(Connection c, List<GatewayLogRow> rows) throws SQLException {
    int inserted = 0;
    int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
    if (full > 0) {
      try (PreparedStatement ps = c.prepareStatement(insertOf(ROWS_PER_STATEMENT))) {
        for (int from = 0; from < full; from += ROWS_PER_STATEMENT) {
          inserted += insert(ps, rows.subList(from, from + ROWS_PER_STATEMENT));
        }
      }
    }
    if (full < rows.size()) {
      try (PreparedStatement ps = c.prepareStatement(insertOf(rows.size() - full))) {
        inserted += insert(ps, rows.subList(full, rows.size()));
      }
    }
    return inserted;
  }

  private static int insert(PreparedStatement ps, List<GatewayLogRow> rows) throws SQLException {
    for (int i = 0; i < rows.size(); i++) {
      bind(ps, i * PARAMETERS, rows.get(i));
    }
    return ps.executeUpdate();
  }

  /** INSERT of {@code rows} rows; a request id repeated within it counts once. */
  static String insertOf(int rows) {
    return "INSERT INTO gateway_logs (" + COLUMNS + ") VALUES "
        + String.join(", ", Collections.nCopies(rows, ROW))
        + " ON CONFLICT (request_id) DO NOTHING";
  }

  @Override
  public Optional<GatewayLogRow> find(String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return db.read("read gateway log '" + requestId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE request_id = ?")) {
        ps.setString(1, Sql.clean(requestId));
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(map(rs)) : Optional.<GatewayLogRow>empty();
        }
      }
    });
  }

  @Override
  public List<GatewayLogRow> list(GatewayLogQuery query) {
    List<GatewayLogRow> rows = new ArrayList<>();
    forEach(query, rows::add);
    return List.copyOf(rows);
  }

  @Override
  public long forEach(GatewayLogQuery query, Consumer<? super GatewayLogRow> action) {
    Objects.requireNonNull(action, "action");
    String sql = SELECT + " WHERE time_us >= ? AND time_us < ?"
        + (query.route().isEmpty() ? "" : " AND route = ?")
        + " ORDER BY time_us, request_id LIMIT ?";
    return db.stream("read gateway logs", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(Database.fetchSize());
        int index = 1;
        ps.setLong(index++, query.fromMicros());
        ps.setLong(index++, query.toMicros());
        if (!query.route().isEmpty()) {
          ps.setString(index++, Sql.clean(query.route()));
        }
        ps.setInt(index, query.limit());
        long count = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            action.accept(map(rs));
            count++;
          }
        }
        return count;
      }
    });
  }

  private static void bind(PreparedStatement ps, int at, GatewayLogRow row) throws SQLException {
    Sql.text(ps, at + 1, row.requestId());
    ps.setLong(at + 2, row.timeMicros());
    Sql.optionalText(ps, at + 3, row.apiKeyHash());
    Sql.text(ps, at + 4, row.route());
    Sql.optionalText(ps, at + 5, row.requestedModel());
    Sql.optionalText(ps, at + 6, row.backend());
    Sql.optionalText(ps, at + 7, row.decisionReason());
    Sql.optionalText(ps, at + 8, row.guardJson());
    ps.setBoolean(at + 9, row.streamed());
    Sql.optionalInt(ps, at + 10, row.promptTokens());
    Sql.optionalInt(ps, at + 11, row.outputTokens());
    Sql.optionalInt(ps, at + 12, row.reasoningTokens());
    Sql.amount(ps, at + 13, row.costUsd());
    Sql.optionalLong(ps, at + 14, row.ttftNanos());
    Sql.optionalLong(ps, at + 15, row.latencyNanos());
    Sql.httpStatus(ps, at + 16, row.httpStatus());
    Sql.optionalText(ps, at + 17, row.errorClass());
    Sql.optionalText(ps, at + 18, row.errorMessage());
    ps.setBoolean(at + 19, row.redacted());
    Sql.optionalText(ps, at + 20, row.prompt());
    Sql.optionalText(ps, at + 21, row.response());
  }

  private static GatewayLogRow map(ResultSet rs) throws SQLException {
    return new GatewayLogRow(
        rs.getString("request_id"),
        rs.getLong("time_us"),
        Sql.text(rs, "api_key_hash"),
        rs.getString("route"),
        Sql.text(rs, "requested_model"),
        Sql.text(rs, "backend"),
        Sql.text(rs, "decision_reason"),
        Sql.text(rs, "guard_json"),
        rs.getBoolean("streamed"),
        Sql.optionalInt(rs, "prompt_tokens"),
        Sql.optionalInt(rs, "output_tokens"),
        Sql.optionalInt(rs, "reasoning_tokens"),
        Sql.amount(rs, "cost_usd"),
        Sql.optionalLong(rs, "ttft_ns"),
        Sql.optionalLong(rs, "latency_ns"),
        Sql.httpStatus(rs, "http_status"),
        Sql.text(rs, "error_class"),
        Sql.text(rs, "error_message"),
        rs.getBoolean("redacted"),
        Sql.text(rs, "prompt"),
        Sql.text(rs, "response"));
  }
}
