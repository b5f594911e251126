package dev.versus.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a store lives: a SQLite file or a PostgreSQL database, parsed from a location string.
 *
 * <p>Accepted forms: a plain file path, {@code sqlite:PATH} or {@code jdbc:sqlite:PATH} (SQLite;
 * the file and its folders are created on open; a relative path is taken from the working
 * directory and {@code ~} is not expanded, as the shell does that), and {@code jdbc:postgresql://HOST[:PORT]/DB}
 * (PostgreSQL). A PostgreSQL user and password come from the URL ({@code ?user=..&password=..})
 * or, when the URL has none, from the environment variables {@value #ENV_USER} and
 * {@value #ENV_PASSWORD}, so that secrets need not go on a command line. {@link #toString()} and
 * {@link #redacted()} never show the password.
 *
 * @param vendor which database
 * @param jdbcUrl the JDBC URL, for SQLite always {@code jdbc:sqlite:} and an absolute path
 * @param user the PostgreSQL user, or {@code ""} for the URL's or driver's default
 * @param password the PostgreSQL password, or {@code ""} for none beyond the URL's
 */
public record StoreLocation(Vendor vendor, String jdbcUrl, String user, String password) {

  /** Names the environment variable that overrides the default location. */
  public static final String ENV_LOCATION = "VERSUS_STORE";
  /** Names the environment variable holding the PostgreSQL user. */
  public static final String ENV_USER = "VERSUS_STORE_USER";
  /** Names the environment variable holding the PostgreSQL password. */
  public static final String ENV_PASSWORD = "VERSUS_STORE_PASSWORD";

  private static final String EXPECTED = "expected a file path, sqlite:PATH, jdbc:sqlite:PATH"
      + " or jdbc:postgresql://HOST[:PORT]/DATABASE";
  private static final Pattern SCHEME =
      Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("//([^/:@]*):[^@/]*@");

  /** The database behind a location. */
  public enum Vendor {
    SQLITE,
    POSTGRESQL
  }

  public StoreLocation {
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    String prefix = vendor == Vendor.SQLITE ? "jdbc:sqlite:" : "jdbc:postgresql:";
    if (!jdbcUrl.startsWith(prefix)) {
      throw new IllegalArgumentException("a " + vendor + " URL must start with " + prefix);
    }
  }

  /** A SQLite store in {@code file} (made absolute). */
  public static StoreLocation sqlite(Path file) {
    return new StoreLocation(
        Vendor.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath().normalize(), "", "");
  }

  /** Parses a location string, taking PostgreSQL credentials from the process environment. */
  public static StoreLocation parse(String text) {
    return parse(text, System.getenv());
  }

  /**
   * Parses a location string; {@code env} supplies {@value #ENV_USER} and {@value #ENV_PASSWORD}.
   *
   * @throws StoreException naming the string and the accepted forms when it is not one of them
   */
  public static StoreLocation parse(String text, Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    if (text == null || text.isBlank()) {
      throw new StoreException("store location is empty: " + EXPECTED);
    }
    String trimmed = text.strip();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      String query = trimmed.contains("?") ? trimmed.substring(trimmed.indexOf('?')) : "";
      return new StoreLocation(Vendor.POSTGRESQL, trimmed,
          hasParameter(query, "user") ? "" : env.getOrDefault(ENV_USER, ""),
          hasParameter(query, "password") ? "" : env.getOrDefault(ENV_PASSWORD, ""));
    }
    if (trimmed.startsWith("jdbc:sqlite:")) {
      return sqliteAt(trimmed.substring("jdbc:sqlite:".length()), trimmed);
    }
    if (trimmed.startsWith("sqlite:")) {
      return sqliteAt(trimmed.substring("sqlite:".length()), trimmed);
    }
    if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
      throw new StoreException("unsupported store location '" + redact(trimmed)
          + "': write it as a JDBC URL, jdbc:postgresql://HOST[:PORT]/DATABASE, with the user and"
          + " password in ?user=...&password=... or in " + ENV_USER + " / " + ENV_PASSWORD);
    }
    if (SCHEME.matcher(trimmed).matches()) {
      throw new StoreException("unsupported store location '" + redact(trimmed) + "': " + EXPECTED);
    }
    return sqliteAt(trimmed, trimmed);
  }

  /**
   * The default location: {@value #ENV_LOCATION} if set, else
   * {@code $XDG_DATA_HOME/versus/versus.db} (when XDG_DATA_HOME is an absolute path, as the XDG
   * specification requires), else {@code USER_HOME/.local/share/versus/versus.db}.
   */
  public static StoreLocation defaultLocation(Map<String, String> env, Path userHome) {
    String explicit = env.get(ENV_LOCATION);
    if (explicit != null && !explicit.isBlank()) {
      return parse(explicit, env);
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path dataHome =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : userHome.resolve(".local").resolve("share");
    return sqlite(dataHome.resolve("versus").resolve("versus.db"));
  }

  /** The SQLite database file, or empty for PostgreSQL. */
  public Optional<Path> sqliteFile() {
    return vendor == Vendor.SQLITE
        ? Optional.of(Path.of(jdbcUrl.substring("jdbc:sqlite:".length())))
        : Optional.empty();
  }

  /** The JDBC URL with any password replaced by {@code ***}, for messages and logs. */
  public String redacted() {
    return redact(jdbcUrl);
  }

  @Override
  public String toString() {
    return redacted() + (user.isEmpty() ? "" : " (user " + user + ")");
  }

  private static StoreLocation sqliteAt(String path, String original) {
    if (path.isBlank()) {
      throw new StoreException("store location '" + original + "' has no file path: " + EXPECTED);
    }
    if (path.contains(":memory:") || path.startsWith("file:") || path.contains("mode=memory")) {
      throw new StoreException("store location '" + original
          + "' is not a plain file path: in-memory and URI SQLite databases are not supported"
          + " (use a file, e.g. a temporary one)");
    }
    try {
      return sqlite(Path.of(path));
    } catch (InvalidPathException e) {
      throw new StoreException("store location '" + original + "' is not a valid file path: "
          + e.getMessage(), e);
    }
  }

  private static boolean hasParameter(String query, String name) {
    return Pattern.compile("[?&]" + name + "=", Pattern.CASE_INSENSITIVE).matcher(query).find();
  }

  private static String redact(String url) {
    String noUserInfo = USER_INFO.matcher(url).replaceAll("//$1:***@");
    return URL_PASSWORD.matcher(noUserInfo).replaceAll("$1***");
  }
}
