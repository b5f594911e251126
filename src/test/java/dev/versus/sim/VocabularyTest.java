package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void words_eachWithLeadingSpace_isOneCl100kToken() {
    for (Vocabulary language : Vocabulary.values()) {
      assertThat(language.words())
          .allSatisfy(word -> assertThat(Tokenizer.count(" " + word)).as(word).isEqualTo(1));
    }
  }

  @Test
  void openers_withAndWithoutSpace_areOneCl100kTokenEach() {
    for (Vocabulary language : Vocabulary.values()) {
      assertThat(language.openers()).allSatisfy(word -> {
        assertThat(Tokenizer.count(word)).as(word).isEqualTo(1);
        assertThat(Tokenizer.count(" " + word)).as(" " + word).isEqualTo(1);
      });
    }
  }

  @Test
  void filler_longText_tokenizesToExactlyOneTokenPerPiece() {
    for (Vocabulary language : Vocabulary.values()) {
      var filler = language.filler(new SplittableRandom(3), false);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 5_000; i++) {
        text.append(filler.next());
      }
      assertThat(Tokenizer.count(text.toString())).as(language.name()).isEqualTo(5_000);
    }
  }

  @Test
  void filler_knownLength_endsWithFullStopAndKeepsCount() {
    for (int length = 2; length <= 60; length++) {
      var filler = Vocabulary.ENGLISH.filler(new SplittableRandom(length), false);
      StringBuilder text = new StringBuilder();
      for (int left = length; left >= 1; left--) {
        text.append(filler.next(left));
      }
      assertThat(text.toString()).as("length %d", length).endsWith(".").doesNotEndWith("..");
      assertThat(Tokenizer.count(text.toString())).isEqualTo(length);
    }
  }

  @Test
  void detect_spanishAndEnglishPrompts_pickTheirLanguage() {
    assertThat(Vocabulary.detect("¿Cuál es la capital de Francia y por qué?"))
        .isEqualTo(Vocabulary.SPANISH);
    assertThat(Vocabulary.detect("What is the capital of France, and why?"))
        .isEqualTo(Vocabulary.ENGLISH);
    assertThat(Vocabulary.detect("12345")).isEqualTo(Vocabulary.ENGLISH);
  }

  @Test
  void pieces_multiByteText_sumToTheTokenCountAndRebuildTheText() {
    String text = "Respuesta: la matriz inversa es [[0.5, 0], [0, 0.25]] — ¿correcto? 東京";
    var pieces = Tokenizer.pieces(text);

    assertThat(pieces.stream().mapToInt(Tokenizer.Piece::tokens).sum())
        .isEqualTo(Tokenizer.count(text));
    assertThat(String.join("", pieces.stream().map(Tokenizer.Piece::text).toList()))
        .isEqualTo(text);
  }
}
