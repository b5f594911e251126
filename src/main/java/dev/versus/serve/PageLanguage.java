package dev.versus.serve;

import dev.versus.report.Messages;
import dev.versus.report.ReportLanguage;
import java.util.Objects;

/**
 * The language of one dashboard response: its labels (the report's message bundles, {@code dash.*}
 * keys) and the {@code lang} query its links carry, which is set only when the request chose the
 * language with {@code ?lang=}; otherwise links leave the choice to the browser's Accept-Language
 * or the server's default again.
 *
 * @param messages the labels
 * @param explicit whether the request named the language with {@code ?lang=}
 */
record PageLanguage(Messages messages, boolean explicit) {

  PageLanguage {
    Objects.requireNonNull(messages, "messages");
  }

  /** The labels of {@code language}; {@code explicit} when the request named it. */
  static PageLanguage of(ReportLanguage language, boolean explicit) {
    return new PageLanguage(Messages.of(language), explicit);
  }

  ReportLanguage language() {
    return messages.language();
  }

  /** The label for a key. */
  String get(String key) {
    return messages.get(key);
  }

  /** The label with its {@code {0}}, {@code {1}}… filled in. */
  String format(String key, Object... args) {
    return messages.format(key, args);
  }

  /** {@code ?lang=xx} for a link without a query of its own, or nothing. */
  String query() {
    return explicit ? "?lang=" + language().tag() : "";
  }

  /** {@code &lang=xx} for a link that has a query already, or nothing. */
  String andQuery() {
    return explicit ? "&lang=" + language().tag() : "";
  }
}
