package dev.versus.cli;

import dev.versus.core.Quantities;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a duration flag such as {@code 60s}, {@code 250ms} or {@code 2m}; not negative. */
final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      Duration duration = Quantities.duration(value);
      if (duration.isNegative()) {
        throw new TypeConversionException("expected a duration of 0 or more, got '" + value + "'");
      }
      return duration;
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
