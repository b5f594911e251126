package dev.versus.report;

/** Escapes text for HTML element content and quoted attribute values. Shared by the dashboard. */
public final class HtmlEscape {
  private HtmlEscape() {}

  /** {@code text} with {@code & < > " '} replaced by entities. */
  public static String text(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
