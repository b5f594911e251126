package dev.versus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {
  @TempDir Path dir;

  @Test
  void parse_sqliteForms_giveAbsoluteJdbcUrl() {
    Path file = dir.resolve("a.db");

    for (String text : new String[] {file.toString(), "sqlite:" + file, "jdbc:sqlite:" + file}) {
      StoreLocation location = StoreLocation.parse(text, Map.of());
      assertThat(location.vendor()).isEqualTo(StoreLocation.Vendor.SQLITE);
      assertThat(location.jdbcUrl()).isEqualTo("jdbc:sqlite:" + file.toAbsolutePath());
      assertThat(location.sqliteFile()).contains(file.toAbsolutePath());
    }
    assertThat(StoreLocation.parse("sqlite:rel/x.db", Map.of()).sqliteFile().orElseThrow())
        .isAbsolute();
  }

  @Test
  void parse_postgresUrl_takesCredentialsFromEnvironment() {
    StoreLocation location = StoreLocation.parse("jdbc:postgresql://db:5432/versus",
        Map.of(StoreLocation.ENV_USER, "bench", StoreLocation.ENV_PASSWORD, "hunter2"));

    assertThat(location.vendor()).isEqualTo(StoreLocation.Vendor.POSTGRESQL);
    assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/versus");
    assertThat(location.user()).isEqualTo("bench");
    assertThat(location.password()).isEqualTo("hunter2");
    assertThat(location.toString()).doesNotContain("hunter2").contains("bench");
    assertThat(location.sqliteFile()).isEmpty();
    StoreLocation own = StoreLocation.parse("jdbc:postgresql://db/versus?user=me&password=x",
        Map.of(StoreLocation.ENV_USER, "bench", StoreLocation.ENV_PASSWORD, "hunter2"));
    assertThat(own.user()).isEmpty();
    assertThat(own.password()).isEmpty();
  }

  @Test
  void redacted_passwordInUrl_isHidden() {
    StoreLocation location = StoreLocation.parse(
        "jdbc:postgresql://db/versus?user=a&password=p%40ss&ssl=true", Map.of());

    assertThat(location.redacted())
        .isEqualTo("jdbc:postgresql://db/versus?user=a&password=***&ssl=true");
    assertThat(location.toString()).doesNotContain("p%40ss");
  }

  @Test
  void parse_badStrings_throwNamingTheStringAndTheAcceptedForms() {
    assertThatThrownBy(() -> StoreLocation.parse("  ", Map.of()))
        .isInstanceOf(StoreException.class).hasMessageContaining("store location is empty")
        .hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE");
    assertThatThrownBy(() -> StoreLocation.parse("mysql://db.example/versus", Map.of()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unsupported store location 'mysql://db.example/versus'")
        .hasMessageContaining("sqlite:PATH");
    assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://db/x?password=zz", Map.of()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("zz");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://u:secret@db/versus", Map.of()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("jdbc:postgresql://HOST[:PORT]/DATABASE")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> StoreLocation.parse("sqlite:", Map.of()))
        .isInstanceOf(StoreException.class).hasMessageContaining("has no file path");
    assertThatThrownBy(() -> StoreLocation.parse("sqlite::memory:", Map.of()))
        .isInstanceOf(StoreException.class).hasMessageContaining("in-memory");
  }

  @Test
  void defaultLocation_honoursEnvironmentThenXdgThenHome() {
    Path home = dir.resolve("home");
    Path xdg = dir.resolve("xdg");

    assertThat(StoreLocation.defaultLocation(Map.of(), home).sqliteFile())
        .contains(home.resolve(".local/share/versus/versus.db").toAbsolutePath());
    assertThat(StoreLocation.defaultLocation(Map.of("XDG_DATA_HOME", xdg.toString()), home)
        .sqliteFile()).contains(xdg.resolve("versus/versus.db").toAbsolutePath());
    assertThat(StoreLocation.defaultLocation(Map.of("XDG_DATA_HOME", "relative/dir"), home)
        .sqliteFile()).contains(home.resolve(".local/share/versus/versus.db").toAbsolutePath());
    assertThat(StoreLocation.defaultLocation(Map.of("XDG_DATA_HOME", xdg.toString(),
        StoreLocation.ENV_LOCATION, "sqlite:" + dir.resolve("explicit.db")), home).sqliteFile())
        .contains(dir.resolve("explicit.db").toAbsolutePath());
  }

  @Test
  void open_defaultLocationUnderXdg_createsTheFileThere() {
    Path xdg = dir.resolve("data");
    StoreLocation location =
        StoreLocation.defaultLocation(Map.of("XDG_DATA_HOME", xdg.toString()), dir);

    try (Store store = Store.open(location)) {
      assertThat(store.schemaVersion()).isEqualTo("2");
    }

    assertThat(xdg.resolve("versus/versus.db")).isRegularFile();
  }

  @Test
  void open_folderCannotBeCreated_throwsNamingTheFolder() throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> Store.open("sqlite:" + blocker.resolve("sub/versus.db")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("could not create the folder")
        .hasMessageContaining("not-a-folder");
  }

  @Test
  void open_unreachablePostgres_throwsNamingUrlWithoutPassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/versus?user=bench&password=s3cret"
        + "&connectTimeout=2";

    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("could not connect to store jdbc:postgresql://127.0.0.1:1/versus")
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void open_fileThatIsNotADatabase_throwsNamingTheStore() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.db"), "this is not sqlite ".repeat(200));

    assertThatThrownBy(() -> Store.open(junk.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(junk.toString());
  }
}
