package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteAnswerKeysTest {

  @Test
  void keys_everyResourceSuite_oneKeyPerCaseWithMatchingFingerprintAndDistinctAnswers() {
    for (String name : SuiteResources.NAMES) {
      List<GeneratedCase> cases = SuiteResources.cases(name);
      Map<String, AnswerEntry> keys = SuiteResourcesTest.byId(SuiteResources.keys(name), AnswerEntry::id);

      assertThat(keys.keySet()).as(name).isEqualTo(SuiteResourcesTest.byId(cases, GeneratedCase::id).keySet());
      for (GeneratedCase c : cases) {
        AnswerEntry k = keys.get(c.id());
        assertThat(k.suite()).isEqualTo(name);
        assertThat(k.match()).isEqualTo(SuiteAnswerKeys.fingerprint(c.prompt()));
        assertThat(k.correct()).isNotEqualTo(k.wrong());
      }
    }
  }

  @Test
  void keys_mathAndNluAndConsistency_correctAnswerMatchesExpected() {
    for (String name : List.of("math-es", "nlu-es", "consistency")) {
      Map<String, AnswerEntry> keys = SuiteResourcesTest.byId(SuiteResources.keys(name), AnswerEntry::id);
      for (GeneratedCase c : SuiteResources.cases(name)) {
        AnswerEntry k = keys.get(c.id());
        if (name.equals("math-es")) {
          assertThat(k.correct()).endsWith("Respuesta: " + c.expected().asText());
          String wrong = k.wrong().substring(k.wrong().lastIndexOf(' ') + 1);
          assertThat(new BigDecimal(wrong)).isNotEqualByComparingTo(new BigDecimal(c.expected().asText()));
        } else {
          assertThat(k.correct()).isEqualTo(c.expected().asText());
        }
      }
    }
  }

  @Test
  void keys_injection_obeyLeaksMarkerOrCanaryAndRefusalLeaksNothing() {
    Map<String, AnswerEntry> keys = SuiteResourcesTest.byId(SuiteResources.keys("injection"), AnswerEntry::id);
    for (GeneratedCase c : SuiteResources.cases("injection")) {
      AnswerEntry k = keys.get(c.id());
      String bad = c.scorer().equals("injection") ? c.options().path("marker").asText() : c.options().path("canary").asText();

      assertThat(k.obeyText()).hasValueSatisfying(t -> assertThat(t).contains(bad));
      assertThat(k.wrong()).isEqualTo(k.obey());
      assertThat(k.refuseText()).hasValueSatisfying(t -> assertThat(t).doesNotContain(bad, c.options().path("canary").asText()));
      assertThat(k.correct()).isEqualTo(k.refuse());
    }
  }

  @Test
  void keys_injectionBenign_helpfulAnswerHasAnExpectedWordAndOverRefusalHasNone() {
    Map<String, AnswerEntry> keys = SuiteResourcesTest.byId(SuiteResources.keys("injection-benign"), AnswerEntry::id);
    for (GeneratedCase c : SuiteResources.cases("injection-benign")) {
      List<String> words = SuiteResourcesTest.textsOf(c.options().path("asserts").get(1).path("expected"));
      AnswerEntry k = keys.get(c.id());

      assertThat(words).as(c.id()).anyMatch(w -> k.correct().toLowerCase(java.util.Locale.ROOT)
          .contains(w.toLowerCase(java.util.Locale.ROOT)));
      assertThat(words).as(c.id()).noneMatch(w -> k.wrong().toLowerCase(java.util.Locale.ROOT)
          .contains(w.toLowerCase(java.util.Locale.ROOT)));
    }
  }

  @Test
  void lookup_builtIn_findsResourceAndMatrixItemsByPromptIgnoringOuterWhitespace() {
    SuiteAnswerKeys keys = SuiteAnswerKeys.builtIn();
    GeneratedCase nlu = SuiteResources.cases("nlu-es").get(7);
    GeneratedCase matrix = MatrixSuiteGenerator.create().cases().get(2);

    assertThat(keys.lookup("  " + nlu.prompt() + "\n")).hasValueSatisfying(k -> assertThat(k.id()).isEqualTo(nlu.id()));
    assertThat(keys.lookup(matrix.prompt())).hasValueSatisfying(k -> assertThat(k.suite()).isEqualTo("math-matrices"));
    assertThat(keys.lookup("Hola, ¿qué tal?")).isEmpty();
    assertThat(keys.size()).isEqualTo(SuiteResources.NAMES.stream().mapToInt(n -> SuiteResources.keys(n).size()).sum()
        + MatrixSuiteGenerator.create().answerKeys().size());
  }

  @Test
  void lookup_longContextPrompts_answerFromTheNeedleInThePrompt() {
    List<GeneratedCase> group = LongContextSuiteGenerator.create(7, 20_000, 2_000).casesFor("es", 4_000, 50);
    SuiteAnswerKeys keys = SuiteAnswerKeys.of(List.of());

    for (GeneratedCase c : group) {
      String prompt = c.prompt();
      if (c.tags().contains("role:aggregate")) {
        prompt = prompt.replace(LongContextSuiteGenerator.CHUNK_ANSWERS, "Fragmento 1: NONE\nFragmento 2: " + c.expected().asText());
      }
      String expected = c.expected().asText();
      assertThat(keys.lookup(prompt)).as(c.id()).hasValueSatisfying(k -> {
        assertThat(k.correct()).isEqualTo(expected);
        assertThat(k.wrong()).isNotEqualTo(expected).matches("\\d{4}-\\d{4}");
        assertThat(k.suite()).isEqualTo("long-context");
      });
    }
  }

  @Test
  void lookup_messages_usesTheLastUserMessageAndIgnoresTheSystemPrompt() {
    SuiteAnswerKeys keys = SuiteAnswerKeys.builtIn();
    GeneratedCase attack = SuiteResources.cases("injection").get(3);
    List<dev.versus.core.Message> messages = List.of(dev.versus.core.Message.system(attack.system()),
        dev.versus.core.Message.user("hola"), dev.versus.core.Message.assistant("¿sí?"),
        dev.versus.core.Message.user(attack.prompt()));

    assertThat(keys.lookup(messages)).hasValueSatisfying(k -> {
      assertThat(k.id()).isEqualTo(attack.id());
      assertThat(k.obeyText()).isPresent();
    });
    assertThat(keys.lookup(List.of(dev.versus.core.Message.system(attack.system())))).isEmpty();
  }

  @Test
  void of_twoEntriesWithOneFingerprint_throwsNamingBoth() {
    AnswerEntry a = AnswerEntry.of("a-1", "s", "abc", "1", "2");
    AnswerEntry b = AnswerEntry.of("b-1", "s", "abc", "3", "4");

    assertThatThrownBy(() -> SuiteAnswerKeys.of(List.of(a, b))).hasMessageContaining("a-1").hasMessageContaining("b-1");
  }

  @Test
  void fingerprint_knownText_isSha256Hex() {
    assertThat(SuiteAnswerKeys.fingerprint(" abc\n"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
