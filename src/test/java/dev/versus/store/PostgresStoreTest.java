package dev.versus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server (embedded, shared by all test classes, one
 * database per test). Skipped with a message when the server cannot start.
 */
class PostgresStoreTest extends StoreContractTest {

  @Override
  String freshLocation() {
    return EmbeddedPostgresHolder.freshDatabaseUrl();
  }

  @Test
  void absentValues_areStoredAsSqlNull() throws Exception {
    Store store = fresh();
    store.runs().create(Samples.run("r1", T0));
    store.requests().append(List.of(Samples.absentRequest("r1", 0)));
    Properties props = new Properties();
    props.setProperty("user", "postgres");

    try (Connection c = DriverManager.getConnection(store.location().jdbcUrl(), props);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM request_records WHERE"
            + " intended_send_ns IS NULL AND first_token_ns IS NULL AND itl_gaps IS NULL"
            + " AND output_tokens_server IS NULL AND http_status IS NULL"
            + " AND finish_reason IS NULL AND load_level = ''")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void open_unreachableServer_throwsNamingUrlWithoutPassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/versus?user=bench&password=s3cret"
        + "&connectTimeout=2";

    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("could not connect to store jdbc:postgresql://127.0.0.1:1/versus")
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("s3cret");
  }
}
