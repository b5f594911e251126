package dev.versus.gateway;

import dev.versus.store.GatewayLogRow;
import dev.versus.store.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Sample gateway log rows and small helpers for the spool tests. */
final class LogRows {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  private LogRows() {}

  /** A row with every field set; the text fields hold newlines, quotes and non-ASCII text. */
  static GatewayLogRow row(String requestId, int i) {
    return new GatewayLogRow(requestId, T0.toEpochMilli() * 1000 + i,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "chat", "auto",
        "maverick", "ab:bucket=" + (i % 100), "{\"verdict\":\"allow\"}", i % 2 == 0, 120 + i, 40,
        0, i % 3 == 0 ? Double.NaN : 0.000_42 * i, 150_000_000L + i, 900_000_000L + i, 200, "", "",
        false, "[{\"role\":\"user\",\"content\":\"¿Qué tal?\\n línea \\\"dos\\\" 🚀 " + i + "\"}]",
        "Muy bien, gracias.\nSegunda línea " + i);
  }

  static List<GatewayLogRow> rows(String prefix, int count) {
    List<GatewayLogRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(row(prefix + "-" + i, i));
    }
    return rows;
  }

  /** Polls {@code condition} every 20 ms until it holds or {@code timeout} passes. */
  static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return condition.getAsBoolean();
  }

  /** The request ids in the SQLite store in insertion (rowid) order. */
  static List<String> insertionOrder(Store store) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(store.location().jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT request_id FROM gateway_logs ORDER BY rowid")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }
}
