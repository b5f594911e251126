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
  void of_shapesThatDoNotFixAWord_giveNothing() {
    assertThat(Literals.of("(?<!thanks for )\\byour answer")).isEmpty(); // no leading \\b
    assertThat(Literals.of("\\b(?:a|b)?c")).isEmpty(); // optional group
    assertThat(Literals.of("\\b(?:(?:a|b)c|hex)")).isEmpty(); // an alternative without a word
    assertThat(Literals.of("\\byour|[a-z]+ mode")).isEmpty(); // one branch without a word
    assertThat(Literals.of("\\b(?:x[yz]|w)")).isEmpty(); // a class inside the group
  }

  @Test
  void features_mostHeuristicPatternsHaveLiterals() {
    long with = InjectionFeatures.ALL.stream().filter(f -> !f.literals().isEmpty()).count();
    assertThat(with).isGreaterThanOrEqualTo(InjectionFeatures.ALL.size() / 3);
  }

  @Test
  void features_onEveryLabelledText_theFilterNeverHidesAMatch() throws Exception {
    List<String> texts = new ArrayList<>();
    for (String file : List.of("handmade-labelled.jsonl", "handmade-documents.jsonl",
        "correspondence-heldout.jsonl")) {
      LabelledFiles.read(resource("/dev/versus/guard/" + file)).forEach(t -> texts.add(t.text()));
    }
    LabelledFiles.read(resource("/dev/versus/guardheldout/documents-blind.jsonl"))
        .forEach(t -> texts.add(t.text()));
    int checked = 0;
    for (String text : texts) {
      TextNormalizer.Forms forms = TextNormalizer.forms(text);
      for (String form : List.of(forms.folded(), forms.analysed())) {
        for (Feature feature : InjectionFeatures.ALL) {
          if (!feature.raw() && feature.pattern().matcher(form).find()) {
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
