package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralScannerTest {

  private static List<Integer> keys(LiteralScanner scanner, int count, String text) {
    long[] found = scanner.noKeys();
    scanner.scan(text, found);
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      if (LiteralScanner.has(found, k)) {
        out.add(k);
      }
    }
    return out;
  }

  @Test
  void scan_findsLiteralsThatOverlapOrEndInsideLongerOnes() {
    List<List<String>> literals =
        List.of(List.of("he"), List.of("she"), List.of("his", "hers"), List.of("ushers!"));
    LiteralScanner scanner = LiteralScanner.exact(literals);
    assertThat(keys(scanner, 4, "ushers")).containsExactly(0, 1, 2);
    assertThat(keys(scanner, 4, "ushers!")).containsExactly(0, 1, 2, 3);
    assertThat(keys(scanner, 4, "this")).containsExactly(2);
    assertThat(keys(scanner, 4, "hs sh eh")).isEmpty();
    assertThat(keys(scanner, 4, "")).isEmpty();
  }

  @Test
  void scan_exact_isCaseSensitiveAndReadsNonAsciiCharacters() {
    LiteralScanner scanner = LiteralScanner.exact(List.of(List.of("DAN"), List.of("señal")));
    assertThat(keys(scanner, 2, "hi DAN")).containsExactly(0);
    assertThat(keys(scanner, 2, "hi dan")).isEmpty();
    assertThat(keys(scanner, 2, "una señal")).containsExactly(1);
    assertThat(keys(scanner, 2, "una senal")).isEmpty();
  }

  @Test
  void scan_ignoringCase_agreesWithRegionMatches() {
    LiteralScanner scanner =
        LiteralScanner.ignoringCase(List.of(List.of("system"), List.of("kelvin"), List.of("ß")));
    assertThat(keys(scanner, 3, "### SYSTEM:")).containsExactly(0);
    assertThat(keys(scanner, 3, "\u212Aelvin")).containsExactly(1); // Kelvin sign
    assertThat("\u212Aelvin".regionMatches(true, 0, "kelvin", 0, 6)).isTrue();
    assertThat(keys(scanner, 3, "Straße")).containsExactly(2);
  }

  @Test
  void scan_withMoreThan64Keys_reportsEachKeyInItsWord() {
    List<List<String>> literals = new ArrayList<>();
    for (int k = 0; k < 130; k++) {
      literals.add(List.of("w" + k + "x"));
    }
    LiteralScanner scanner = LiteralScanner.exact(literals);
    assertThat(keys(scanner, 130, "a w0x b w64x c w129x")).containsExactly(0, 64, 129);
  }

  @Test
  void scan_onRandomTexts_findsExactlyWhatASearchOfEachLiteralFinds() {
    Random random = new Random(7);
    String alphabet = "abcAB ñÑ";
    List<List<String>> literals = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      List<String> own = new ArrayList<>();
      for (int j = 0; j <= random.nextInt(3); j++) {
        own.add(word(random, alphabet, 1 + random.nextInt(4)));
      }
      literals.add(own);
    }
    LiteralScanner exact = LiteralScanner.exact(literals);
    LiteralScanner caseless = LiteralScanner.ignoringCase(literals);
    for (int t = 0; t < 2_000; t++) {
      String text = word(random, alphabet, random.nextInt(30));
      for (int k = 0; k < literals.size(); k++) {
        boolean contains = literals.get(k).stream().anyMatch(text::contains);
        boolean caselessContains = literals.get(k).stream().anyMatch(l -> containsIgnoringCase(text, l));
        assertThat(keys(exact, 40, text).contains(k)).as(text + " / " + literals.get(k))
            .isEqualTo(contains);
        assertThat(keys(caseless, 40, text).contains(k)).as(text + " / " + literals.get(k))
            .isEqualTo(caselessContains);
      }
    }
  }

  private static boolean containsIgnoringCase(String text, String literal) {
    for (int i = 0; i + literal.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, literal, 0, literal.length())) {
        return true;
      }
    }
    return false;
  }

  private static String word(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
