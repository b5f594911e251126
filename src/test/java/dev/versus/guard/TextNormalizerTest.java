package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void fold_accentsCaseAndInvisible_areRemoved() {
    assertThat(TextNormalizer.fold("IGNORÁ  las\u200B Instrucciónes")).isEqualTo("ignora las instrucciones");
  }

  @Test
  void deleet_onlyInsideWordsWithLetters() {
    assertThat(TextNormalizer.deleet("1gn0r3 pr3v10us 16 eggs $2")).isEqualTo("ignore previous 16 eggs $2");
  }

  @Test
  void joinSpelled_singleSeparatorsJoin_doubleSpaceSeparates() {
    assertThat(TextNormalizer.analysed("i g n o r e  a-l-l  r.u.l.e.s")).isEqualTo("ignore all rules");
  }

  /**
   * The shortcuts (a text with nothing to collapse, no leet character, no spelled run) return
   * what the regex replacements return, on random texts of the characters that matter.
   */
  @Test
  void forms_shortcutsAgreeWithTheFullReplacements() {
    Random random = new Random(11);
    String alphabet = "ab ñ\t\n  .-_*0134@$:/Z\u00e9\u200b";
    String surrogateLetter = "\uD835\uDC00"; // MATHEMATICAL BOLD CAPITAL A
    for (int t = 0; t < 20_000; t++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(25) == 0) {
          sb.append(surrogateLetter);
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = sb.toString();
      String lower = text.toLowerCase(Locale.ROOT);
      assertThat(TextNormalizer.joinSpelled(lower)).as(text).isEqualTo(fullJoinSpelled(lower));
      assertThat(TextNormalizer.deleet(lower)).as(text).isEqualTo(fullDeleet(lower));
      assertThat(TextNormalizer.fold(text)).as(text)
          .isEqualTo(Pattern.compile("\\s+").matcher(foldedKeepingSpaces(text))
              .replaceAll(" ").trim());
    }
  }

  private static String foldedKeepingSpaces(String text) {
    String visible = text.replaceAll(
        "[\\u00AD\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]|[\\x{E0000}-\\x{E007F}]", "");
    return Normalizer.normalize(visible, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  private static String fullJoinSpelled(String text) {
    Matcher m = Pattern.compile(
        "(?<![\\p{L}\\p{N}])\\p{L}(?:[ ._\\-*]\\p{L}){2,}(?![\\p{L}\\p{N}])").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(
          m.group().replaceAll("[ ._\\-*]", "")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String fullDeleet(String text) {
    Matcher m = Pattern.compile("\\S+").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = m.group();
      boolean letter = token.chars().anyMatch(Character::isLetter);
      boolean leet = token.chars().anyMatch(c -> "013457@$".indexOf(c) >= 0);
      boolean leetToken = letter && leet && !token.contains("://")
          && token.indexOf('@') != token.length() - 1;
      m.appendReplacement(out, Matcher.quoteReplacement(leetToken
          ? token.replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a')
              .replace('@', 'a').replace('5', 's').replace('$', 's').replace('7', 't')
          : token));
    }
    m.appendTail(out);
    return out.toString();
  }
}
