package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DocumentTermsTest {
  private static final DocumentTerms.Shape THREE = new DocumentTerms.Shape(3, 3, 0.5);

  @Test
  void grams_comeFromEachMarkedWord_once() {
    DocumentTerms t = DocumentTerms.of("Paso, PASO y paso.", THREE);
    assertThat(t.words()).containsExactly("paso", "y");
    // <paso> gives <pa, pas, aso, so>; <y> gives <y>
    assertThat(t.grams()).containsExactlyInAnyOrder("<pa", "pas", "aso", "so>", "<y>");
    assertThat(t.norm()).isCloseTo(Math.sqrt(2 + 5 * 0.25), within(1e-12));
  }

  @Test
  void grams_shareTheStemOfSpanishForms() {
    DocumentTerms.Shape shape = DocumentTerms.Shape.DEFAULT;
    assertThat(DocumentTerms.of("enviad", shape).grams()).contains("<envi", "envi", "<env");
    assertThat(DocumentTerms.of("envíe", shape).grams()).contains("<envi", "envi", "<env");
  }

  @Test
  void wordsShape_hasNoGrams_andTheOldNorm() {
    DocumentTerms t = DocumentTerms.of("one two two three", DocumentTerms.Shape.WORDS);
    assertThat(t.grams()).isEmpty();
    assertThat(t.norm()).isCloseTo(Math.sqrt(3), within(1e-12));
    assertThat(DocumentTerms.of(" -- ", THREE).isEmpty()).isTrue();
    assertThat(DocumentTerms.of(" -- ", THREE).norm()).isZero();
  }

  @Test
  void grams_neverSplitALetterOutsideTheBasicPlane() {
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter made of two chars
    DocumentTerms t = DocumentTerms.of("x\uD835\uDC00y", new DocumentTerms.Shape(1, 5, 1));
    assertThat(t.grams()).allSatisfy(g -> {
      assertThat(Character.isLowSurrogate(g.charAt(0))).as(g).isFalse();
      assertThat(Character.isHighSurrogate(g.charAt(g.length() - 1))).as(g).isFalse();
    });
  }

  @Test
  void shape_rejectsNonsense() {
    assertThatThrownBy(() -> new DocumentTerms.Shape(0, 3, 1)).isInstanceOf(GuardException.class);
    assertThatThrownBy(() -> new DocumentTerms.Shape(3, 9, 1)).isInstanceOf(GuardException.class);
    assertThatThrownBy(() -> new DocumentTerms.Shape(3, 5, 0)).hasMessage("n-gram weight must be in (0, 10], got 0.0");
    assertThat(new DocumentTerms.Shape(0, 0, 7).gramWeight()).isZero();
    assertThat(DocumentTerms.Shape.DEFAULT.describe()).isEqualTo("words and 3- to 5-character n-grams at weight 0.5");
  }
}
