package dev.versus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
  private static final String INSERT = "INSERT INTO gateway_logs (" + COLUMNS + ") VALUES"
      + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      + " ON CONFLICT (request_id) DO NOTHING";
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
    // One executeUpdate per row, not a batch: PostgreSQL's rewritten batches do not report
    // per-row counts, and the count of new rows is the point here.
    return db.write("insert " + copy.size() + " gateway logs", c -> insert(c, copy));
  }

  private static int insert(Connection c, List<GatewayLogRow> rows) throws SQLException {
    int inserted = 0;
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (GatewayLogRow row : rows) {
        bind(ps, row);
        inserted += ps.executeUpdate();
      }
    }
    return inserted;
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

  private static void bind(PreparedStatement ps, GatewayLogRow row) throws SQLException {
    Sql.text(ps, 1, row.requestId());
    ps.setLong(2, row.timeMicros());
    Sql.optionalText(ps, 3, row.apiKeyHash());
    Sql.text(ps, 4, row.route());
    Sql.optionalText(ps, 5, row.requestedModel());
    Sql.optionalText(ps, 6, row.backend());
    Sql.optionalText(ps, 7, row.decisionReason());
    Sql.optionalText(ps, 8, row.guardJson());
    ps.setBoolean(9, row.streamed());
    Sql.optionalInt(ps, 10, row.promptTokens());
    Sql.optionalInt(ps, 11, row.outputTokens());
    Sql.optionalInt(ps, 12, row.reasoningTokens());
    Sql.amount(ps, 13, row.costUsd());
    Sql.optionalLong(ps, 14, row.ttftNanos());
    Sql.optionalLong(ps, 15, row.latencyNanos());
    Sql.httpStatus(ps, 16, row.httpStatus());
    Sql.optionalText(ps, 17, row.errorClass());
    Sql.optionalText(ps, 18, row.errorMessage());
    ps.setBoolean(19, row.redacted());
    Sql.optionalText(ps, 20, row.prompt());
    Sql.optionalText(ps, 21, row.response());
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
