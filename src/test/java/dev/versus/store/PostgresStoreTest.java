package dev.versus.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The store contract on a real PostgreSQL server (embedded, shared by all test classes, one
 * database per test). Skipped with a message when the server cannot start.
 */
class PostgresStoreTest extends StoreContractTest {

  @Override
  String freshLocation() {
    return EmbeddedPostgresHolder.freshDatabaseUrl();
  }

  @Override
  Connection rawConnection(StoreLocation location) throws SQLException {
    return DriverManager.getConnection(location.jdbcUrl());
  }
}
