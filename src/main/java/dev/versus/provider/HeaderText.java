package dev.versus.provider;

import java.util.Objects;

/**
 * Checks of header text written by versus (request headers to a backend, response headers of the
 * gateway): names are RFC 9110 tokens, values hold no control character but tab. What a client or a
 * backend sends is checked by the HTTP library as it is parsed.
 */
public final class HeaderText {
  private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

  private HeaderText() {}

  /** {@code name}, if it is a token. */
  public static String name(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || TOKEN_PUNCTUATION.indexOf(c) >= 0;
      if (!token) {
        throw new IllegalArgumentException("header name '" + name + "' has a character not"
            + " allowed in a header name at position " + i);
      }
    }
    return name;
  }

  /** {@code value}, if it holds no control character but tab (and no DEL). */
  public static String value(String name, String value) {
    Objects.requireNonNull(value, "value");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c == 0x7F) {
        throw new IllegalArgumentException("the value of header '" + name
            + "' has a control character at position " + i + " (a line break cannot be sent)");
      }
    }
    return value;
  }
}
