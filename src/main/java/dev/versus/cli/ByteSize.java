package dev.versus.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** Parses a byte size such as {@code 4MiB}, {@code 512KiB}, {@code 2MB} or {@code 1048576}. */
final class ByteSize implements ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([a-zA-Z]*)");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.trim());
    if (m.matches() && m.group(1).length() <= 18) {
      long unit =
          switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 1L;
            case "k", "kib" -> 1L << 10;
            case "kb" -> 1000L;
            case "m", "mib" -> 1L << 20;
            case "mb" -> 1000L * 1000;
            case "g", "gib" -> 1L << 30;
            case "gb" -> 1000L * 1000 * 1000;
            default -> -1L;
          };
      if (unit > 0) {
        long number = Long.parseLong(m.group(1));
        if (number > 0 && number <= Long.MAX_VALUE / unit) {
          return number * unit;
        }
      }
    }
    throw new IllegalArgumentException(
        "expected a positive size such as 4MiB, 512KiB, 2MB or 1048576, got '" + value + "'");
  }
}
