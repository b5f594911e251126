package dev.versus.report;

import java.util.Locale;

/** Who counted the output tokens behind a throughput or cost figure (DESIGN §5). */
public enum TokenSource {
  /** The server's own usage report. */
  SERVER_REPORTED,
  /** The client's tokenizer, because the server reported no usage. */
  CLIENT_COUNTED,
  /** Some requests one way and some the other. */
  MIXED;

  /** The snake_case name used in JSON and CSV, e.g. {@code "server_reported"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
