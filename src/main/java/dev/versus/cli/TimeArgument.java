package dev.versus.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time on the command line: an ISO-8601 instant ({@code 2026-11-26T10:00:00Z}), a date
 * and time with an offset ({@code 2026-11-26T11:00:00+01:00}), a date ({@code 2026-11-26}, midnight
 * UTC), {@code now}, or a relative duration before now ({@code 90s}, {@code 30m}, {@code 24h},
 * {@code 7d}, {@code 2w}).
 */
final class TimeArgument {
  private static final Pattern RELATIVE = Pattern.compile("(\\d{1,9})\\s*([smhdw])");

  private TimeArgument() {}

  /**
   * Parses {@code text} relative to {@code now}.
   *
   * @throws BadInputException naming the option and the accepted forms
   */
  static Instant parse(String option, String text, Instant now) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("now")) {
      return now;
    }
    Matcher m = RELATIVE.matcher(t);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      Duration d = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        case "d" -> Duration.ofDays(amount);
        default -> Duration.ofDays(7 * amount);
      };
      return now.minus(d);
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException ignored) {
      throw new BadInputException(option + ": '" + text + "' is not a time; expected an ISO-8601"
          + " instant such as 2026-11-26T10:00:00Z, a date such as 2026-11-26, 'now', or a"
          + " duration before now such as 30m, 24h or 7d");
    }
  }
}
