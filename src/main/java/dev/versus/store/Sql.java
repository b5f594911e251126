package dev.versus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Maps the row records' absent-value conventions to SQL NULL and back: {@code -1} numbers,
 * {@code 0} HTTP statuses, {@code NaN} amounts, {@code ""} text and empty byte arrays.
 */
final class Sql {
  private Sql() {}

  /** Sets the parameters of one row on a prepared statement. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement ps, T row) throws SQLException;
  }

  /**
   * Inserts rows with one prepared statement in JDBC batches of at most {@code batch} rows, inside
   * the caller's transaction.
   */
  static <T> void insertBatched(
      java.sql.Connection c, String insert, List<T> rows, int batch, Binder<? super T> binder)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      int pending = 0;
      for (T row : rows) {
        binder.bind(ps, row);
        ps.addBatch();
        if (++pending == batch) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  /** PostgreSQL text cannot hold U+0000; both vendors store U+FFFD instead, to behave alike. */
  static String clean(String text) {
    return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
  }

  static void text(PreparedStatement ps, int index, String value) throws SQLException {
    ps.setString(index, clean(value));
  }

  static void optionalText(PreparedStatement ps, int index, String value) throws SQLException {
    if (value.isEmpty()) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, clean(value));
    }
  }

  static void optionalLong(PreparedStatement ps, int index, long value) throws SQLException {
    if (value == -1) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  static void optionalInt(PreparedStatement ps, int index, int value) throws SQLException {
    if (value == -1) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  static void httpStatus(PreparedStatement ps, int index, int status) throws SQLException {
    if (status == 0) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, status);
    }
  }

  static void amount(PreparedStatement ps, int index, double value) throws SQLException {
    if (Double.isNaN(value)) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  static void optionalBytes(PreparedStatement ps, int index, byte[] value) throws SQLException {
    if (value.length == 0) {
      ps.setNull(index, Types.BINARY);
    } else {
      ps.setBytes(index, value);
    }
  }

  static String text(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? "" : value;
  }

  static long optionalLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? -1 : value;
  }

  static int optionalInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? -1 : value;
  }

  static int httpStatus(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? 0 : value;
  }

  static double amount(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : value;
  }

  static byte[] optionalBytes(ResultSet rs, String column) throws SQLException {
    byte[] value = rs.getBytes(column);
    return value == null ? new byte[0] : value;
  }
}
