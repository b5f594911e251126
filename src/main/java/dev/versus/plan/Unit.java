package dev.versus.plan;

/**
 * The unit of a figure or a number in a claim. Figures are always given in the base unit shown here
 * (seconds, bytes, US dollars); literals such as {@code 50ms} or {@code 4GiB} are converted to it.
 */
public enum Unit {
  /** Time in seconds (literals: ns, us, ms, s, m, min, h). */
  SECONDS("s", "a time"),
  /** Memory in bytes (literals: B, KB, MB, GB, TB decimal; KiB, MiB, GiB, TiB binary). */
  BYTES("B", "a size in bytes"),
  /** Tokens per second. */
  TOKENS_PER_SECOND("tokens/s", "tokens/s"),
  /** Completed requests per second. */
  REQUESTS_PER_SECOND("requests/s", "requests/s"),
  /** US dollars. */
  USD("USD", "US dollars"),
  /** A count: requests, tokens, concurrent clients. */
  COUNT("", "a count"),
  /** A fraction from 0 to 1 (literals: {@code 40%} is 0.4). */
  RATIO("", "a ratio"),
  /** A plain number written in a claim, which takes the unit of what it is compared with. */
  NUMBER("", "a plain number");

  private final String symbol;
  private final String description;

  Unit(String symbol, String description) {
    this.symbol = symbol;
    this.description = description;
  }

  /** What a value of this unit is, for messages: {@code "a time"}, {@code "tokens/s"}. */
  public String description() {
    return description;
  }

  /** The symbol shown after a value, e.g. {@code "tokens/s"}; empty for counts and ratios. */
  public String symbol() {
    return symbol;
  }

  /** Whether a plain number may stand for a value of this unit (times and sizes need a unit). */
  boolean acceptsPlainNumber() {
    return this != SECONDS && this != BYTES;
  }
}
