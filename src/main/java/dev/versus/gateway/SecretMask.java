package dev.versus.gateway;

import java.util.regex.Pattern;

/**
 * A small masker for logged text: e-mail addresses, API-key-like tokens, card-like digit runs and
 * IBANs. The guard's redaction replaces it once the guard is wired in; it exists so that {@code
 * redacted} logging never writes these in clear in the meantime.
 */
final class SecretMask {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern KEY =
      Pattern.compile("\\b(sk-[A-Za-z0-9_-]{16,}|vs-[A-Za-z0-9_-]+-[0-9a-f]{32,}|AIza[0-9A-Za-z_-]{30,})");
  private static final Pattern CARD = Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b");
  private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b");

  private SecretMask() {}

  static String mask(String text) {
    String out = KEY.matcher(text).replaceAll("[API_KEY]");
    out = EMAIL.matcher(out).replaceAll("[EMAIL]");
    out = IBAN.matcher(out).replaceAll("[IBAN]");
    return CARD.matcher(out).replaceAll("[CARD]");
  }
}
