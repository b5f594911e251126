package dev.versus.runreport;

import java.util.Locale;
import java.util.regex.Pattern;

/** Report model keys from the keys stored runs use (a plan key, or a reference such as sim:X). */
final class ModelKeys {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private ModelKeys() {}

  /**
   * {@code flash} stays {@code flash}; {@code sim:gemini-2.5-flash} becomes {@code
   * gemini-2.5-flash}; {@code openai:org/model@http://host/v1} becomes {@code model}.
   */
  static String of(String stored) {
    if (VALID.matcher(stored).matches()) {
      return stored;
    }
    String s = stored;
    int colon = s.indexOf(':');
    if (colon >= 0) {
      s = s.substring(colon + 1);
    }
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    s = s.substring(s.lastIndexOf('/') + 1);
    s = s.replaceAll("[^A-Za-z0-9_.-]", "-").replaceAll("^[^A-Za-z0-9]+", "");
    return s.isEmpty() ? "model" : s;
  }

  /** The provider part of a reference: {@code sim}, {@code openai}, {@code gemini}, else {@code unknown}. */
  static String provider(String reference) {
    int colon = reference.indexOf(':');
    return colon > 0 ? reference.substring(0, colon).toLowerCase(Locale.ROOT) : "unknown";
  }
}
