package dev.versus.cli;

import dev.versus.core.Quantities;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Slo;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses SLOs such as {@code ttft=1s,tpot=50ms,itl=100ms,e2e=10s}. */
final class SloConverter implements ITypeConverter<Slo> {
  private static final String NAMES =
      Arrays.stream(Metric.values()).map(Metric::wireName).collect(Collectors.joining(", "));

  @Override
  public Slo convert(String value) {
    Slo slo = Slo.none();
    for (String part : value.split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length != 2 || kv[0].isBlank()) {
        throw new TypeConversionException("'" + part.strip() + "' is not an SLO: expected"
            + " METRIC=DURATION, e.g. ttft=1s,tpot=50ms");
      }
      Metric metric;
      try {
        metric = Metric.fromWire(kv[0].strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "unknown SLO metric '" + kv[0].strip() + "': expected one of " + NAMES);
      }
      Duration limit;
      try {
        limit = Quantities.duration(kv[1]);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("SLO " + metric.wireName() + ": " + e.getMessage());
      }
      if (limit.isZero()) {
        throw new TypeConversionException("SLO " + metric.wireName() + " must be positive");
      }
      slo = slo.with(metric, limit);
    }
    return slo;
  }
}
