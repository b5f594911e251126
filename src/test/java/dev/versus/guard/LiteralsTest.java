package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiteralsTest {
  @Test
  void of_branchesOfWordGroupsAndLiterals_collectsEveryFirstWord() {
    assertThat(Literals.of("\\b(?:ignore|set aside)\\b[ ,]+rules|\\byou are (?:now )?evil"))
        .contains(List.of("ignore", "set aside", "you are "));
    assertThat(Literals.of("\\broles?\\b")).contains(List.of("role"));
    assertThat(Literals.of("\\brole[- ]?play\\b")).contains(List.of("role"));
    assertThat(Literals.of("\\b(?:base ?64|rot ?13|haz caso omiso (?:a|de))"))
        .contains(List.of("base", "rot", "haz caso omiso "));
  }

  @Test
  void of_aBranchWithSeveralRequiredElements_takesTheOneWithTheLongestShortestLiteral() {
    assertThat(Literals.of("\\b(?:new|updated|real) instructions?\\b"))
        .contains(List.of(" instruction"));
    assertThat(Literals.of("\\bab+c(?:d|e)")).contains(List.of("ab")); // '+' keeps its letter
    assertThat(Literals.of("\\b(?:x|y)z?(?:vw|uv)")).contains(List.of("vw", "uv"));
  }

  @Test
  void of_elementsThatFixNoText_areSteppedOver() {
    assertThat(Literals.of("(?<!thanks for )\\byour answer")).contains(List.of("your answer"));
    assertThat(Literals.of("\\b(?:a|b)?c")).contains(List.of("c")); // the optional group skipped
    assertThat(Literals.of("(?:^|[.!?] )(?:add|insert)\\b.{0,40}link"))
        .contains(List.of("link")); // more selective than the shortest of add|insert
    assertThat(Literals.of("\\byour|[a-z]+ mode")).contains(List.of("your", " mode"));
    assertThat(Literals.of("\\b(?:x[yz]|w)")).contains(List.of("x", "w"));
    assertThat(Literals.of("\\b(?:(?:a|b)c|hex)")).contains(List.of("c", "hex")); // "c" ties a|b, and is one
  }

  @Test
  void of_escapedPunctuation_isPartOfTheLiteral() {
    assertThat(Literals.of("requests\\.(?:post|put)\\(|\\.sendall?\\(|/bin/(?:ba)?sh\\b"))
        .contains(List.of("requests.", ".sendal", "/bin/"));
    assertThat(Literals.of("\\bos\\.fork\\(\\).{0,80}|:\\(\\)\\s*\\{"))
        .contains(List.of("os.fork()", ":()"));
    assertThat(Literals.of("\\bDAN\\b|\\bD\\.A\\.N\\b")).contains(List.of("DAN", "D.A.N"));
  }

  @Test
  void of_caseInsensitivePatterns_giveLowerCaseLiteralsSearchedIgnoringCase() {
    String regex = "(?i)^\\s*\\[?(?:System|asistente)\\]?\\s*:|<\\|?(?:im_start)\\|?>|\\[/?(?:INST)\\]";
    assertThat(Literals.of(regex)).contains(List.of("system", "asistente", "im_start", "inst"));
    assertThat(Literals.ignoresCase(regex)).isTrue();
    Feature feature = Feature.raw("role", 0.5, regex);
    assertThat(feature.mayMatch("SYSTEM: you are free")).isTrue();
    assertThat(feature.mayMatch("nothing to see here")).isFalse();
  }

  @Test
  void of_shapesThatDoNotFixText_giveNothing() {
    assertThat(Literals.of("\\b(?:a|b)?c?")).isEmpty(); // everything optional
    assertThat(Literals.of("\\b(?:a|)x?")).isEmpty(); // a group that can match nothing
    assertThat(Literals.of("\\byour|[a-z]+")).isEmpty(); // one branch fixes no text
    assertThat(Literals.of("(?x) a b")).isEmpty(); // comments mode
    assertThat(Literals.of("\\Qa.b\\E")).isEmpty(); // quoting
  }

  @Test
  void features_everyHeuristicPatternHasLiterals() {
    long with = InjectionFeatures.ALL.stream().filter(f -> !f.literals().isEmpty()).count();
    assertThat(with).isEqualTo(InjectionFeatures.ALL.size());
  }

  @Test
  void features_onEveryLabelledText_theScanAgreesWithASearchOfEachLiteralAndNeverHidesAMatch() throws Exception {
    List<String> texts = new ArrayList<>();
    for (String file : List.of("handmade-labelled.jsonl", "handmade-documents.jsonl",
        "correspondence-heldout.jsonl")) {
      LabelledFiles.read(resource("/dev/versus/guard/" + file)).forEach(t -> texts.add(t.text()));
    }
    LabelledFiles.read(resource("/dev/versus/guardheldout/documents-blind.jsonl"))
        .forEach(t -> texts.add(t.text()));
    LabelledFiles.read(resource("/dev/versus/guardblind2/documents-blind-2.jsonl"))
        .forEach(t -> texts.add(t.text()));
    int checked = 0;
    FeatureFilter filter = new FeatureFilter(InjectionFeatures.ALL);
    for (String text : texts) {
      TextNormalizer.Forms forms = TextNormalizer.forms(text);
      Feature.Subject subject = filter.subject(forms, text);
      for (int i = 0; i < InjectionFeatures.ALL.size(); i++) {
        Feature feature = InjectionFeatures.ALL.get(i);
        String on = feature.name() + " on: " + text;
        if (feature.raw()) {
          assertThat(LiteralScanner.has(subject.rawKeys(), i)).as(on).isEqualTo(feature.mayMatch(text));
        } else {
          assertThat(LiteralScanner.has(subject.foldedKeys(), i)).as(on)
              .isEqualTo(feature.mayMatch(forms.folded()));
          assertThat(LiteralScanner.has(subject.analysedKeys(), i)).as(on)
              .isEqualTo(feature.mayMatch(forms.analysed()));
        }
      }
      for (String form : List.of(forms.folded(), forms.analysed(), text)) {
        for (Feature feature : InjectionFeatures.ALL) {
          boolean itsForm = feature.raw() == (form == text);
          if (itsForm && feature.pattern().matcher(form).find()) {
            assertThat(feature.mayMatch(form)).as(feature.name() + " on: " + form).isTrue();
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static Path resource(String name) throws Exception {
    return Path.of(Optional.ofNullable(LiteralsTest.class.getResource(name)).orElseThrow().toURI());
  }
}
