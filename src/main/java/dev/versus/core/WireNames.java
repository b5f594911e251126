package dev.versus.core;

import java.util.Locale;

/** Lower-case wire names of an enum's constants, built once instead of per call. */
final class WireNames {
  private WireNames() {}

  /** {@code values[i].name()} in lower case, by ordinal. */
  static String[] of(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (Enum<?> value : values) {
      names[value.ordinal()] = value.name().toLowerCase(Locale.ROOT);
    }
    return names;
  }
}
