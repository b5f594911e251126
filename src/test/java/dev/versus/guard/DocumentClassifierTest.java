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
      new DocumentClassifier(Map.of("forward", 2.0, "assistant", 3.0, "recipe", -1.0), -1.5, List.of("hand-made"));

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
    assertThat(read.weights()).isEqualTo(SMALL.weights());
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

  @Test
  void parse_theWordBias_isAnOrdinaryWord() {
    DocumentClassifier m = DocumentClassifier.parse(List.of("<bias>\t-1", "bias\t4"), "m.tsv");
    assertThat(m.bias()).isEqualTo(-1);
    assertThat(m.weights()).containsEntry("bias", 4.0);
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
    assertThat(m.weights()).hasSizeGreaterThan(10_000);
    assertThat(m.comments()).anyMatch(c -> c.contains("documents-blind-6.jsonl"));
    // the sets that measure it must stay out of its training data
    assertThat(m.comments())
        .noneMatch(c -> c.matches(".*documents-blind-([789]|10)\\.jsonl.*") || c.contains("documents-train-"));
  }
}
