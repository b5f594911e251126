package dev.versus.store;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Makes run ids that sort by start time: {@code yyyyMMdd'T'HHmmssSSS'Z'-xxxxxx}, e.g.
 * {@code 20261126T141530123Z-3fa9c2}, the UTC time to the millisecond plus 24 random bits so that
 * runs started in the same millisecond (shards, parallel tests) do not collide.
 */
public final class RunIds {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RunIds() {}

  /** A new id for a run starting now by {@code clock}; {@code random} supplies the suffix. */
  public static String next(Clock clock, RandomGenerator random) {
    byte[] suffix = new byte[3];
    for (int i = 0; i < suffix.length; i++) {
      suffix[i] = (byte) random.nextInt(256);
    }
    return FORMAT.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
  }
}
