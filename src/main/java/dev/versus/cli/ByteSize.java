package dev.versus.cli;

import dev.versus.core.Quantities;
import picocli.CommandLine.ITypeConverter;

/** A positive byte size option such as {@code 4MiB}, {@code 512KiB} or {@code 1048576}. */
final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    long bytes = Quantities.bytes(value);
    if (bytes < 1) {
      throw new IllegalArgumentException(
          "expected a positive size such as 4MiB, got '" + value + "'");
    }
    return bytes;
  }
}
