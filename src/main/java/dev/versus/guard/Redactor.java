package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and replaces secrets and personal data: API keys, e-mails, cards, IBANs, phones. */
public final class Redactor {
  private static final Pattern PROVIDER_KEY =
      Pattern.compile(
          "\\bsk-(?:proj-|ant-(?:api\\d{2}-)?)?[A-Za-z0-9_-]{20,}|\\bAIza[0-9A-Za-z_-]{35}\\b"
              + "|\\bgh[pousr]_[A-Za-z0-9]{36,}\\b|\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b|\\bxox[abpors]-[A-Za-z0-9-]{10,}"
              + "|\\bhf_[A-Za-z0-9]{30,}\\b");
  private static final Pattern KEY_VALUE =
      Pattern.compile(
          "(?i)\\b((?:api[_-]?key|apikey|secret(?:[_-]?key)?|access[_-]?key|auth[_-]?token|token|password|passwd"
              + "|client[_-]?secret|bearer)[\"']?\\s*[:=]\\s*[\"']?|bearer\\s+)([A-Za-z0-9_\\-/+=.]{16,})");
  private static final Pattern EMAIL =
      Pattern.compile("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");
  private static final Pattern CARD = Pattern.compile("(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?![\\d-])");
  private static final Pattern IBAN_START = Pattern.compile("\\b[A-Z]{2}\\d{2}(?=[ A-Z0-9])");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w+])(?:\\+\\d{1,3}[ .-]?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,4}(?:[ .-]?\\d{2,4}){2,3}"
              + "|[6789]\\d{2}[ .-]\\d{3}[ .-]\\d{3}|[6789]\\d{2}[ .-]\\d{2}[ .-]\\d{2}[ .-]\\d{2}"
              + "|\\(\\d{3}\\) ?\\d{3}-\\d{4})(?!\\w)");
  private static final double MIN_KEY_ENTROPY = 3.5;
  /**
   * Necessary conditions, from the patterns above: the shortest key is {@code xoxb-} and 10
   * characters (a {@code KEY_VALUE} secret needs 16), a card has at least 13 digits and a phone at
   * least 7.
   */
  private static final int MIN_KEY_RUN = 15;
  private static final int MIN_CARD_DIGITS = 13;
  private static final int MIN_PHONE_DIGITS = 7;

  private Redactor() {}

  /**
   * Replaces every item of the given kinds; the result lists what was replaced. One linear scan
   * first rules out the kinds the text cannot contain (no {@code @}, too few digits, no run of key
   * characters long enough), so ordinary prose skips their regular expressions.
   */
  public static Redaction redact(String text, Set<RedactKind> kinds) {
    List<String> what = new ArrayList<>();
    String out = text;
    Shape shape = Shape.of(text);
    if (kinds.contains(RedactKind.API_KEYS) && shape.longestKeyRun() >= MIN_KEY_RUN) {
      out = replace(out, PROVIDER_KEY, 0, s -> true, "api-key", what);
      out = replace(out, KEY_VALUE, 2, Redactor::looksRandom, "api-key", what);
    }
    if (kinds.contains(RedactKind.IBANS) && shape.digits() >= 2) {
      out = replaceIbans(out, what);
    }
    if (kinds.contains(RedactKind.CARDS) && shape.digits() >= MIN_CARD_DIGITS) {
      out = replace(out, CARD, 0, s -> Checksums.luhn(s.replaceAll("[ -]", "")), "card", what);
    }
    if (kinds.contains(RedactKind.EMAILS) && shape.at()) {
      out = replace(out, EMAIL, 0, s -> true, "email", what);
    }
    if (kinds.contains(RedactKind.PHONES) && shape.digits() >= MIN_PHONE_DIGITS) {
      out = replace(out, PHONE, 0, s -> true, "phone", what);
    }
    return new Redaction(out, merge(what));
  }

  /**
   * What the prefilter needs of a text: its digit count, whether it has an {@code @}, and its
   * longest run of characters that can make up a key ({@code [A-Za-z0-9_\-/+=.]}).
   */
  private record Shape(int digits, boolean at, int longestKeyRun) {
    static Shape of(String text) {
      int digits = 0;
      boolean at = false;
      int run = 0;
      int longest = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean digit = c >= '0' && c <= '9';
        if (digit) {
          digits++;
        } else if (c == '@') {
          at = true;
        }
        if (digit || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || c == '_' || c == '-' || c == '/' || c == '+' || c == '=' || c == '.') {
          longest = Math.max(longest, ++run);
        } else {
          run = 0;
        }
      }
      return new Shape(digits, at, longest);
    }
  }

  private static boolean looksRandom(String value) {
    return Checksums.entropyBitsPerChar(value) >= MIN_KEY_ENTROPY
        && value.chars().anyMatch(Character::isDigit)
        && value.chars().anyMatch(Character::isLetter);
  }

  private static String replace(
      String text, Pattern pattern, int group, Predicate<String> accept, String kind, List<String> what) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      String value = m.group(group);
      if (value.contains("[REDACTED:") || !accept.test(value)) {
        continue;
      }
      out.append(text, last, m.start(group)).append("[REDACTED:").append(kind).append(']');
      last = m.end(group);
      what.add(kind);
    }
    return out.append(text, last, text.length()).toString();
  }

  /** IBANs may be written in groups of four; take the longest run that passes mod 97. */
  private static String replaceIbans(String text, List<String> what) {
    Matcher m = IBAN_START.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      if (m.start() < last) {
        continue;
      }
      int end = -1;
      StringBuilder compact = new StringBuilder(m.group());
      for (int i = m.end(); i < text.length() && compact.length() <= 34; i++) {
        char c = text.charAt(i);
        if (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
          continue;
        }
        if (!(Character.isDigit(c) || (c >= 'A' && c <= 'Z'))) {
          break;
        }
        compact.append(c);
        boolean boundary = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        boolean groupEnd = boundary || text.charAt(i + 1) == ' ';
        if (groupEnd && compact.length() >= 15 && Checksums.iban(compact.toString())) {
          end = i + 1;
        }
      }
      if (end > 0) {
        out.append(text, last, m.start()).append("[REDACTED:iban]");
        last = end;
        what.add("iban");
      }
    }
    return out.append(text, last, text.length()).toString();
  }

  private static List<String> merge(List<String> kinds) {
    if (kinds.isEmpty()) {
      return List.of(); // the common case, without a stream
    }
    return kinds.stream().distinct().map(k -> k + " x" + kinds.stream().filter(k::equals).count()).toList();
  }
}
