package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an HTML or markdown document that its human reader would not see on the rendered
 * page: comments, elements hidden by style ({@code display:none}, zero font size or opacity, white
 * or transparent text) or by the {@code hidden} / {@code aria-hidden} attributes, and alt and title
 * text. Used by {@link DocumentSignals}: an instruction placed there is meant for a machine reader.
 */
final class HiddenText {
  private HiddenText() {}

  /** An opening tag (its name in group 1), and the attributes that hide an element's text. */
  private static final Pattern TAG = Pattern.compile("<(\\w+)\\b[^<>]{0,300}>");
  private static final Pattern HIDING =
      Pattern.compile(
          "display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0(?![.\\d])|opacity\\s*:\\s*0(?![.\\d])"
              + "|(?<![-\\w])color\\s*:\\s*(?:white|#fff(?:fff)?\\b|transparent)|\\shidden\\b|aria-hidden",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ALT_TEXT =
      Pattern.compile("\\b(?:alt|title)\\s*=\\s*\"([^\"<>]{0,2000})\"", Pattern.CASE_INSENSITIVE);
  private static final int HIDDEN_MAX_CHARS = 2000;

  /**
   * The texts a reader of the rendered page would not see: HTML comments, the content of elements
   * hidden by style or attribute, alt and title text. Found with index searches (at most {@link
   * #HIDDEN_MAX_CHARS} per element), with no regular expression spanning an element, so long or unclosed markup cannot
   * make the search backtrack.
   */
  static List<String> in(String text) {
    List<String> out = new ArrayList<>();
    for (int at = text.indexOf("<!--"); at >= 0; at = text.indexOf("<!--", at + 4)) {
      int end = text.indexOf("-->", at + 4);
      if (end < 0) {
        break;
      }
      if (end - at <= HIDDEN_MAX_CHARS) {
        out.add(text.substring(at + 4, end));
      }
    }
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      if (HIDING.matcher(tag.group()).find()) {
        int end = text.indexOf("</" + tag.group(1), tag.end());
        if (end >= 0 && end - tag.end() <= HIDDEN_MAX_CHARS) {
          out.add(text.substring(tag.end(), end));
        }
      }
    }
    Matcher alt = ALT_TEXT.matcher(text);
    while (alt.find()) {
      out.add(alt.group(1));
    }
    return out;
  }
}
