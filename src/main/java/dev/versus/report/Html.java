package dev.versus.report;

import java.util.List;

/** A minimal HTML writer: escaping and the few elements the report uses. */
final class Html {
  /** A number or interval, optionally followed by a short unit: right-aligned in tables. */
  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("[<\\[]?[-0-9.,–\\[\\] ]*[0-9–][\\]%]?( ?[a-zA-Z/%]{1,8})?");
  private final StringBuilder out = new StringBuilder(64 * 1024);

  static String esc(String text) {
    return HtmlEscape.text(text);
  }

  /** Appends markup as is. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends escaped text. */
  Html text(String text) {
    out.append(esc(text));
    return this;
  }

  /** {@code <tag class="...">escaped text</tag>}. */
  Html el(String tag, String cssClass, String text) {
    out.append('<').append(tag);
    if (!cssClass.isEmpty()) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append('>').append(esc(text)).append("</").append(tag).append(">");
    return this;
  }

  /** Opens a horizontally scrolling table with a header row. */
  Html tableStart(String caption, List<String> headers) {
    out.append("<div class=\"scroll\"><table>");
    if (!caption.isEmpty()) {
      out.append("<caption>").append(esc(caption)).append("</caption>");
    }
    out.append("<thead><tr>");
    headers.forEach(h -> out.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
    out.append("</tr></thead><tbody>\n");
    return this;
  }

  /** A row of escaped cells; cells that look numeric are right-aligned. */
  Html row(List<String> cells) {
    out.append("<tr>");
    return cells(cells).raw("</tr>\n");
  }

  /** Escaped cells without the row element, for rows that start with markup cells. */
  Html cells(List<String> cells) {
    for (String cell : cells) {
      boolean numeric = NUMERIC.matcher(cell).matches();
      out.append(numeric ? "<td class=\"num\">" : "<td>").append(esc(cell)).append("</td>");
    }
    return this;
  }

  Html tableEnd() {
    out.append("</tbody></table></div>\n");
    return this;
  }

  /** A badge for a source or verdict: {@code <span class="badge kind">text</span>}. */
  /** A model's label, with its full reference as a tooltip when the two differ. */
  static String modelName(ModelInfo info) {
    return info.reference().equals(info.label()) ? esc(info.label())
        : "<span class=\"model-name\" title=\"" + esc(info.reference()) + "\">"
            + esc(info.label()) + "</span>";
  }

  static String badge(String kind, String text) {
    return "<span class=\"badge " + kind + "\">" + esc(text) + "</span>";
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
