package dev.versus.store;

import dev.versus.core.Usage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/** {@link RequestRecords} over the {@code request_records} table. */
final class SqlRequestRecords implements RequestRecords {
  private static final int BATCH = 500;
  private static final String COLUMNS = "run_id, shard, seq, model_key, load_level, warmup,"
      + " intended_send_ns, sent_ns, first_byte_ns, first_token_ns, first_answer_token_ns,"
      + " last_byte_ns, itl_gaps, prompt_tokens_server, output_tokens_server,"
      + " reasoning_tokens_server, prompt_tokens_client, output_tokens_client, usage_source,"
      + " http_status, finish_reason, error_class, error_message";
  private static final String INSERT = "INSERT INTO request_records (" + COLUMNS
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM request_records";

  private final Database db;

  SqlRequestRecords(Database db) {
    this.db = db;
  }

  @Override
  public void append(List<RequestRow> rows) {
    List<RequestRow> copy = List.copyOf(rows);
    if (copy.isEmpty()) {
      return;
    }
    db.write("append " + copy.size() + " request records for run '" + copy.get(0).runId()
        + "' (does the run exist?)", c -> {
          Sql.insertBatched(c, INSERT, copy, BATCH, (ps, row) -> bind(ps, row));
          return null;
        });
  }

  @Override
  public List<RequestRow> list(String runId) {
    return list(runId, "");
  }

  @Override
  public List<RequestRow> list(String runId, String modelKey) {
    List<RequestRow> rows = new ArrayList<>();
    forEach(runId, modelKey, rows::add);
    return List.copyOf(rows);
  }

  @Override
  public long forEach(String runId, String modelKey, Consumer<? super RequestRow> action) {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(modelKey, "modelKey");
    Objects.requireNonNull(action, "action");
    String sql = SELECT + " WHERE run_id = ?" + (modelKey.isEmpty() ? "" : " AND model_key = ?")
        + " ORDER BY id";
    return db.stream("read request records of run '" + runId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(Database.fetchSize());
        ps.setString(1, runId);
        if (!modelKey.isEmpty()) {
          ps.setString(2, modelKey);
        }
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

  @Override
  public long count(String runId) {
    Objects.requireNonNull(runId, "runId");
    return db.read("count request records of run '" + runId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT COUNT(*) FROM request_records WHERE run_id = ?")) {
        ps.setString(1, runId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Override
  public List<String> modelKeys(String runId) {
    Objects.requireNonNull(runId, "runId");
    return db.read("list the models of run '" + runId + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT model_key FROM"
          + " request_records WHERE run_id = ? ORDER BY model_key")) {
        ps.setString(1, runId);
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keys.add(rs.getString(1));
          }
        }
        return List.copyOf(keys);
      }
    });
  }

  private static void bind(PreparedStatement ps, RequestRow row) throws SQLException {
    RequestRow.Timings t = row.timings();
    RequestRow.Tokens k = row.tokens();
    ps.setString(1, row.runId());
    ps.setInt(2, row.shard());
    ps.setLong(3, row.seq());
    Sql.text(ps, 4, row.modelKey());
    Sql.text(ps, 5, row.loadLevel());
    ps.setBoolean(6, row.warmup());
    Sql.optionalLong(ps, 7, t.intendedSendNanos());
    ps.setLong(8, t.sentNanos());
    Sql.optionalLong(ps, 9, t.firstByteNanos());
    Sql.optionalLong(ps, 10, t.firstTokenNanos());
    Sql.optionalLong(ps, 11, t.firstAnswerTokenNanos());
    Sql.optionalLong(ps, 12, t.lastByteNanos());
    Sql.optionalBytes(ps, 13, GapCodec.encode(t.gapsView()));
    Sql.optionalInt(ps, 14, k.promptServer());
    Sql.optionalInt(ps, 15, k.outputServer());
    Sql.optionalInt(ps, 16, k.reasoningServer());
    Sql.optionalInt(ps, 17, k.promptClient());
    Sql.optionalInt(ps, 18, k.outputClient());
    ps.setString(19, row.usageSource().name().toLowerCase(Locale.ROOT));
    Sql.httpStatus(ps, 20, row.httpStatus());
    Sql.optionalText(ps, 21, row.finishReason());
    Sql.optionalText(ps, 22, row.errorClass());
    Sql.optionalText(ps, 23, row.errorMessage());
  }

  private static RequestRow map(ResultSet rs) throws SQLException {
    RequestRow.Timings timings = new RequestRow.Timings(
        Sql.optionalLong(rs, "intended_send_ns"),
        rs.getLong("sent_ns"),
        Sql.optionalLong(rs, "first_byte_ns"),
        Sql.optionalLong(rs, "first_token_ns"),
        Sql.optionalLong(rs, "first_answer_token_ns"),
        Sql.optionalLong(rs, "last_byte_ns"),
        GapCodec.decode(Sql.optionalBytes(rs, "itl_gaps")));
    RequestRow.Tokens tokens = new RequestRow.Tokens(
        Sql.optionalInt(rs, "prompt_tokens_server"),
        Sql.optionalInt(rs, "output_tokens_server"),
        Sql.optionalInt(rs, "reasoning_tokens_server"),
        Sql.optionalInt(rs, "prompt_tokens_client"),
        Sql.optionalInt(rs, "output_tokens_client"));
    return new RequestRow(
        rs.getString("run_id"),
        rs.getInt("shard"),
        rs.getLong("seq"),
        rs.getString("model_key"),
        Sql.text(rs, "load_level"),
        rs.getBoolean("warmup"),
        timings,
        tokens,
        Usage.Source.valueOf(rs.getString("usage_source").toUpperCase(Locale.ROOT)),
        Sql.httpStatus(rs, "http_status"),
        Sql.text(rs, "finish_reason"),
        Sql.text(rs, "error_class"),
        Sql.text(rs, "error_message"));
  }
}
