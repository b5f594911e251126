package dev.versus.core;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the human quantities used in command lines and YAML files: durations ({@code 250ms},
 * {@code 60s}, {@code 2m}, {@code 1h}; a bare number is seconds) and byte sizes ({@code 512},
 * {@code 64KiB}, {@code 4MiB}, {@code 1GB}).
 */
public final class Quantities {
  private static final Pattern DURATION =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|min|h)?");
  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?");

  private Quantities() {}

  /**
   * Parses a duration.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration: expected a number with a unit such as 250ms, 60s, 2m or 1h");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double nanos =
        switch (unit) {
          case "ns" -> value;
          case "us", "µs" -> value * 1e3;
          case "ms" -> value * 1e6;
          case "s" -> value * 1e9;
          case "m", "min" -> value * 60e9;
          case "h" -> value * 3600e9;
          default -> throw new IllegalStateException(unit);
        };
    return Duration.ofNanos(Math.round(nanos));
  }

  /**
   * Parses a byte size; KB/MB/GB are decimal, KiB/MiB/GiB and the single letters binary.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  public static long bytes(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size: expected a number of bytes or a unit such as 64KiB or 4MiB");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2);
    double factor =
        switch (unit) {
          case "b" -> 1;
          case "kb" -> 1e3;
          case "mb" -> 1e6;
          case "gb" -> 1e9;
          case "k", "kib" -> 1024;
          case "m", "mib" -> 1024 * 1024;
          case "g", "gib" -> 1024 * 1024 * 1024;
          default -> throw new IllegalStateException(unit);
        };
    return Math.round(value * factor);
  }
}
