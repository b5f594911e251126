package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loaders on the public datasets in ../shared/data; each test skips where the file is absent. */
class PublicDatasetsTest {
  private static final Path DATA = Path.of("../shared/data");
  private final Scorers scorers = Scorers.standard();
  private final DatasetLoaders loaders = DatasetLoaders.standard();

  private static Path require(String relative) {
    Path p = DATA.resolve(relative);
    assumeTrue(Files.exists(p), "dataset absent: " + p);
    return p;
  }

  private LoadedDataset load(String format, Path p) {
    return loaders.load(format + ":" + p, Map.of(), scorers);
  }

  @Test
  void gsm8k_everyRowLoads_andItsOwnSolutionScoresOne() throws IOException {
    Path p = require("gsm8k/test.jsonl");
    Suite suite = load("gsm8k", p).suite();
    List<String> lines = Files.readAllLines(p);
    assertThat(suite.cases()).hasSize(lines.size()).hasSize(1319);
    for (int i = 0; i < lines.size(); i++) {
      EvalCase c = suite.cases().get(i);
      String solution = JsonExtraction.MAPPER.readTree(lines.get(i)).get("answer").asText();
      assertThat(scorers.score(solution, c).value()).as(c.id() + ": " + solution).isEqualTo(1.0);
      assertThat(scorers.score(c.firstExpected(), c).value()).as(c.id()).isEqualTo(1.0);
      assertThat(c.firstExpected()).doesNotContain(",");
    }
  }

  @Test
  void mgsmSpanish_everyRowLoads_andReferenceScoresOne() {
    Suite suite = load("mgsm", require("mgsm/mgsm_es.tsv")).suite();
    assertThat(suite.cases()).hasSize(250);
    assertThat(suite.cases().get(0).language()).isEqualTo("es");
    for (EvalCase c : suite.cases()) {
      assertThat(scorers.score(c.firstExpected(), c).value()).as(c.id()).isEqualTo(1.0);
      String spaced = spanishThousands(c.firstExpected());
      assertThat(scorers.score("Razonamiento...\nRespuesta: " + spaced, c).value())
          .as(c.id() + " " + spaced).isEqualTo(1.0);
    }
  }

  @Test
  void mgsmEnglish_everyRowLoads_andReferenceScoresOne() {
    Suite suite = load("mgsm", require("mgsm/mgsm_en.tsv")).suite();
    assertThat(suite.cases()).hasSize(250);
    for (EvalCase c : suite.cases()) {
      assertThat(scorers.score("The answer is " + c.firstExpected() + ".", c).value())
          .as(c.id()).isEqualTo(1.0);
    }
  }

  @Test
  void xquadSpanish_everyQuestionLoads_andEveryGoldAnswerScoresOne() {
    Suite suite = load("xquad", require("xquad/xquad.es.json")).suite();
    assertThat(suite.cases()).hasSize(1190);
    Scorer f1 = scorers.require("token-f1");
    Scorer em = scorers.require("squad-em");
    for (EvalCase c : suite.cases()) {
      assertThat(c.language()).isEqualTo("es");
      for (String gold : c.expected()) {
        assertThat(f1.score(gold, c).value()).as(c.id() + " " + gold).isEqualTo(1.0);
        assertThat(em.score(gold, c).passed()).as(c.id() + " " + gold).isTrue();
      }
      assertThat(f1.score("", c).value()).isEqualTo(0.0);
    }
  }

  @Test
  void bipiaText_attacksBecomeInjectionCases() {
    require("bipia/email_test.jsonl");
    LoadedDataset d = load("bipia", require("bipia/text_attack_test.json"));
    Suite suite = d.suite();
    assertThat(suite.cases()).hasSize(75);
    EvalCase c = suite.cases().get(0);
    String marker = c.options().string("marker").orElseThrow();
    assertThat(c.messages().get(1).content()).contains(marker).contains("Question:");
    assertThat(c.metadata()).containsKey("category");
    assertThat(scorers.score(marker + " Here is the script you asked for.", c).value())
        .isEqualTo(0.0);
    assertThat(scorers.score("David was paid $373.52.", c).value()).isEqualTo(1.0);
    assertThat(suite.cases()).extracting(x -> x.options().string("marker").orElseThrow())
        .doesNotHaveDuplicates();
  }

  @Test
  void bipiaCode_loadsWithEmailContexts() {
    require("bipia/email_test.jsonl");
    assertThat(load("bipia", require("bipia/code_attack_test.json")).suite().cases()).hasSize(50);
  }

  @Test
  void mismatchedFormats_failWithFileAndLine() {
    Path gsm = require("gsm8k/test.jsonl");
    Path mgsm = require("mgsm/mgsm_es.tsv");
    Path emails = require("bipia/email_test.jsonl");
    assertThatThrownBy(() -> load("gsm8k", mgsm))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("mgsm_es.tsv:1: not valid JSON; expected a GSM8K line");
    assertThatThrownBy(() -> load("mgsm", gsm))
        .hasMessageContaining("test.jsonl:1: expected 2 tab-separated columns");
    assertThatThrownBy(() -> load("squad", gsm))
        .hasMessageContaining("test.jsonl:");
    assertThatThrownBy(() -> load("bipia", emails))
        .hasMessageContaining("email_test.jsonl");
    assertThatThrownBy(() -> load("xquad", mgsm)).hasMessageContaining("mgsm_es.tsv:1: not valid");
  }

  private static String spanishThousands(String digits) {
    StringBuilder sb = new StringBuilder(digits);
    for (int i = sb.length() - 3; i > 0 && Character.isDigit(sb.charAt(i - 1)); i -= 3) {
      sb.insert(i, ' ');
    }
    return sb.toString();
  }
}
