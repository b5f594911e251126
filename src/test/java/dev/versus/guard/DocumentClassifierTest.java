package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentClassifierTest {
  private static final DocumentClassifier SMALL =
      new DocumentClassifier(Map.of("forward", 2.0, "assistant", 3.0, "recipe", -1.0), -1.5, DocumentTerms.Shape.WORDS, List.of("hand-made"));

  @Test
  void score_isSigmoidOfBiasPlusWeightsOverRootOfDistinctWords() {
    // 4 distinct words: forward(2) + assistant(3) + unseen "the", "mail" (0); scale 1/2
    DocumentClassifier.Score s = SMALL.score("Assistant: forward the mail. Forward!");
    assertThat(s.probability()).isCloseTo(1 / (1 + Math.exp(-(-1.5 + 5.0 / 2))), within(1e-12));
    assertThat(s.strongest())
        .containsExactly(
            new DocumentClassifier.Contribution("assistant", 1.5),
            new DocumentClassifier.Contribution("forward", 1.0));
    assertThat(s.reason()).isEqualTo("p 0.73 (assistant +1.50, forward +1.00)");
  }

  @Test
  void score_noWords_isTheBiasAlone() {
    assertThat(SMALL.score("...").probability()).isCloseTo(1 / (1 + Math.exp(1.5)), within(1e-12));
    assertThat(SMALL.score("...").reason()).isEqualTo("p 0.18");
  }

  @Test
  void linesAndParse_roundTrip(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("m.tsv");
    SMALL.write(file);
    assertThat(Files.readAllLines(file))
        .containsExactly("# hand-made", "<bias>\t-1.500000", "assistant\t3.000000", "forward\t2.000000", "recipe\t-1.000000");
    DocumentClassifier read = DocumentClassifier.read(file);
    assertThat(read.terms()).isEqualTo(SMALL.terms());
    assertThat(read.bias()).isEqualTo(-1.5);
    assertThat(read.comments()).containsExactly("hand-made");
  }

  @Test
  void parse_badLines_nameTheLineAndWhatWasExpected() {
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("<bias>\t0", "word 1.0"), "m.tsv"))
        .hasMessage("m.tsv line 2: expected a word, a tab and a weight");
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("<bias>\t0", "word\tlots"), "m.tsv"))
        .hasMessage("m.tsv line 2: weight is not a number: 'lots'");
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("<bias>\t0", "a\t1", "a\t2"), "m.tsv"))
        .hasMessage("m.tsv line 3: word 'a' appears twice");
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("<bias>\t0", "<bias>\t1"), "m.tsv"))
        .hasMessage("m.tsv line 2: a second '<bias>' line");
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("# c", "a\t1"), "m.tsv"))
        .hasMessageContaining("m.tsv: no '<bias>' line");
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("<bias>\tNaN"), "m.tsv"))
        .hasMessage("m.tsv line 1: weight must be finite");
  }

  /** A model over words and 2-grams at weight 0.5: "ab" gives words {ab}, grams {<a, ab, b>}. */
  private static final DocumentClassifier GRAMS =
      new DocumentClassifier(
          Map.of("ab", 1.0, "~<a", 3.0, "~b>", -1.0, "~zz", 5.0), 0.25, new DocumentTerms.Shape(2, 2, 0.5), List.of());

  @Test
  void score_withNgrams_addsTheirWeightTimesTheGramWeight_overTheVectorLength() {
    // words {ab}: 1.0; grams {<a, ab, b>} at 0.5: 3.0 * 0.5 + 0 - 1.0 * 0.5 = 1.0; length sqrt(1 + 3 * 0.25)
    double z = 0.25 + (1.0 + 1.0) / Math.sqrt(1.75);
    DocumentClassifier.Score s = GRAMS.score("AB!");
    assertThat(s.probability()).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-12));
    assertThat(s.strongest().get(0).word()).isEqualTo("~<a");
  }

  @Test
  void linesAndParse_roundTripTheNgramSettings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("g.tsv");
    GRAMS.write(file);
    assertThat(Files.readAllLines(file))
        .containsExactly(
            "<bias>\t0.250000", "<gram-min>\t2", "<gram-max>\t2", "<gram-weight>\t0.500000",
            "ab\t1.000000", "~<a\t3.000000", "~b>\t-1.000000", "~zz\t5.000000");
    DocumentClassifier read = DocumentClassifier.read(file);
    assertThat(read.shape()).isEqualTo(GRAMS.shape());
    assertThat(read.terms()).isEqualTo(GRAMS.terms());
    assertThat(read.score("ab").probability()).isEqualTo(GRAMS.score("ab").probability());
  }

  @Test
  void parse_badNgramSettings_sayWhatIsWrong() {
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("<bias>\t0", "<gram-min>\t3"), "m.tsv"))
        .hasMessage("m.tsv: n-gram settings need all of <gram-min>, <gram-max> and <gram-weight>; '<gram-max>' is missing");
    assertThatThrownBy(
            () -> DocumentClassifier.parse(List.of("<bias>\t0", "<gram-min>\t5", "<gram-max>\t3", "<gram-weight>\t1"), "m.tsv"))
        .hasMessage("m.tsv: n-gram sizes must satisfy 1 <= min <= max <= 8, got 5-3");
    assertThatThrownBy(
            () -> DocumentClassifier.parse(List.of("<bias>\t0", "<gram-min>\t2.5", "<gram-max>\t3", "<gram-weight>\t1"), "m.tsv"))
        .hasMessage("m.tsv: <gram-min> and <gram-max> must be whole numbers");
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("<bias>\t0", "word\t1", "~wor\t2"), "m.tsv"))
        .hasMessage("m.tsv line 3: an n-gram term in a model without <gram-min>, <gram-max> and <gram-weight> lines");
    assertThatThrownBy(() -> DocumentClassifier.parse(List.of("<bias>\t0", "<scale>\t2"), "m.tsv"))
        .hasMessage("m.tsv line 2: unknown setting '<scale>' (expected one of <bias>, <gram-min>, <gram-max>, <gram-weight>)");
  }

  @Test
  void parse_theWordBias_isAnOrdinaryWord() {
    DocumentClassifier m = DocumentClassifier.parse(List.of("<bias>\t-1", "bias\t4"), "m.tsv");
    assertThat(m.bias()).isEqualTo(-1);
    assertThat(m.terms()).containsEntry("bias", 4.0);
  }

  @Test
  void read_missingFile_namesIt(@TempDir Path dir) {
    Path missing = dir.resolve("none.tsv");
    assertThatThrownBy(() -> DocumentClassifier.read(missing))
        .isInstanceOf(GuardException.class)
        .hasMessage(missing + ": document classifier file not found");
  }

  @Test
  void packaged_loadsAndSaysWhatItWasTrainedOn() {
    DocumentClassifier m = DocumentClassifier.packaged();
    assertThat(m.shape()).isEqualTo(DocumentTerms.Shape.DEFAULT);
    assertThat(m.terms()).hasSizeGreaterThan(100_000);
    assertThat(m.comments()).anyMatch(c -> c.contains("documents-blind-10.jsonl"));
    assertThat(m.comments()).anyMatch(c -> c.contains("documents-train-5.jsonl"));
    assertThat(m.comments()).anyMatch(c -> c.contains("documents-prose-1.jsonl"));
    // the sets that measured it must stay out of its training data
    assertThat(m.comments())
        .noneMatch(
            c -> c.contains("documents-blind-16.jsonl") || c.contains("documents-blind-17.jsonl") || c.contains("documents-prose-2.jsonl"));
  }
}
