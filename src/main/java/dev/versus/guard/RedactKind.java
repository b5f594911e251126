package dev.versus.guard;

import java.util.Locale;

/** Kinds of secrets and personal data the redaction layer finds and replaces. */
public enum RedactKind {
  /** Provider API keys (sk-..., AIza..., ghp_..., AKIA...) and high-entropy {@code key=value}. */
  API_KEYS,
  /** E-mail addresses. */
  EMAILS,
  /** Payment card numbers that pass the Luhn check. */
  CARDS,
  /** IBANs that pass the ISO 13616 mod-97 check. */
  IBANS,
  /** Phone numbers in international or common Spanish / US formats. */
  PHONES;

  /** The name used in configuration, e.g. {@code api-keys}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a configuration name such as {@code api-keys}. */
  public static RedactKind fromId(String id) {
    for (RedactKind kind : values()) {
      if (kind.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown redaction kind '" + id + "', expected api-keys, emails, cards, ibans or phones");
  }
}
