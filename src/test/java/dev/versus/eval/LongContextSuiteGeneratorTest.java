package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongContextSuiteGeneratorTest {

  @Test
  void haystackLengths_window_followsTheLadderUpToTheWindowPlusAnEdgePoint() {
    assertThat(LongContextSuiteGenerator.create(1, 131_072).haystackLengths())
        .containsExactly(1_000, 4_000, 16_000, 32_000, 64_000, 128_000);
    assertThat(LongContextSuiteGenerator.create(1, 200_000).haystackLengths())
        .containsExactly(1_000, 4_000, 16_000, 32_000, 64_000, 128_000, 199_744);
    assertThat(LongContextSuiteGenerator.create(1, 1_048_576).haystackLengths()).endsWith(512_000, 1_000_000);
  }

  @ParameterizedTest
  @CsvSource({"en,1000,0", "es,1000,100", "en,4000,25", "es,16000,50", "en,32000,75", "es,131000,25"})
  void haystack_target_realTokenCountWithin2PercentAndNeedleAtItsDepth(String lang, int tokens, int depth) {
    String code = "4417-2093";
    Haystack h = LongContextSuiteGenerator.haystack(lang, tokens, depth, code, 99);
    String text = h.text();

    int real = Cl100kTokens.count(text);
    assertThat(Math.abs(real - tokens) / (double) tokens).as("real %d vs %d", real, tokens).isLessThanOrEqualTo(0.02);
    assertThat(text.indexOf(code)).isEqualTo(text.lastIndexOf(code));
    int before = Cl100kTokens.count(text.substring(0, text.indexOf(LongContextPrompts.needle(lang, code))));
    assertThat(Math.abs(before / (double) real - depth / 100.0)).as("needle at %d of %d", before, real)
        .isLessThanOrEqualTo(0.03);
  }

  @Test
  void casesFor_longHaystack_chunkedGroupCoversTheTextWithOneNeedleChunkAndAnAggregate() {
    LongContextSuiteGenerator generator = LongContextSuiteGenerator.create(5, 40_000, 4_000);
    List<GeneratedCase> group = generator.casesFor("en", 16_000, 75);

    GeneratedCase direct = group.getFirst();
    String code = direct.expected().asText();
    assertThat(code).matches("\\d{4}-\\d{4}");
    assertThat(direct.tags()).contains("variant:direct", "group:" + direct.id(), "tokens:16000", "depth:75");
    assertThat(direct.scorer()).isEqualTo("contains");

    List<GeneratedCase> maps = group.stream().filter(c -> c.tags().contains("role:map")).toList();
    int n = maps.size();
    assertThat(n).isBetween(4, 6);
    assertThat(maps).filteredOn(c -> c.expected().asText().equals(code)).hasSize(1);
    assertThat(maps).filteredOn(c -> c.expected().asText().equals("NONE")).hasSize(n - 1);
    for (int i = 0; i < n; i++) {
      GeneratedCase m = maps.get(i);
      assertThat(m.tag("chunk")).hasValue(String.valueOf(i + 1));
      assertThat(m.tag("of")).hasValue(String.valueOf(n));
      assertThat(m.tag("group")).hasValue(direct.id());
      assertThat(Cl100kTokens.count(m.prompt())).isLessThan(4_000 + 120);
      assertThat(m.prompt().contains(code)).isEqualTo(m.expected().asText().equals(code));
    }
    GeneratedCase aggregate = group.getLast();
    assertThat(aggregate.tags()).contains("role:aggregate", "of:" + n);
    assertThat(aggregate.prompt()).contains(LongContextSuiteGenerator.CHUNK_ANSWERS).doesNotContain(code);
    assertThat(aggregate.expected().asText()).isEqualTo(code);
    assertThat(group).hasSize(n + 2);
  }

  @Test
  void cases_smallWindow_uniqueIdsBothLanguagesAllDepthsDeterministic() {
    LongContextSuiteGenerator generator = LongContextSuiteGenerator.create(3, 5_000, 2_000);
    List<GeneratedCase> cases = generator.cases().toList();

    assertThat(cases.stream().map(GeneratedCase::id).distinct().count()).isEqualTo(cases.size());
    assertThat(generator.haystackLengths()).containsExactly(1_000, 4_000, 4_744);
    assertThat(cases).filteredOn(c -> c.tags().contains("variant:direct")).hasSize(3 * 2 * 5);
    assertThat(cases).extracting(GeneratedCase::lang).contains("en", "es");
    assertThat(generator.cases().map(GeneratedCase::toJsonLine).toList())
        .isEqualTo(cases.stream().map(GeneratedCase::toJsonLine).toList());
    assertThat(LongContextSuiteGenerator.create(4, 5_000, 2_000).cases().findFirst().orElseThrow().prompt())
        .isNotEqualTo(cases.getFirst().prompt());
  }

  @Test
  void withDepthsAndLanguages_subset_producesOnlyThoseHaystacksWithTheSameContent() {
    LongContextSuiteGenerator all = LongContextSuiteGenerator.create(3, 5_000, 2_000);
    List<GeneratedCase> some = all.withDepths(List.of(50)).withLanguages(List.of("es")).cases().toList();

    assertThat(some).filteredOn(c -> c.tags().contains("variant:direct")).hasSize(3);
    assertThat(some).allMatch(c -> c.lang().equals("es") && c.tags().contains("depth:50"));
    assertThat(all.cases().map(GeneratedCase::toJsonLine).toList())
        .containsAll(some.stream().map(GeneratedCase::toJsonLine).toList());
    assertThatThrownBy(() -> all.withLanguages(List.of("fr"))).hasMessageContaining("[en, es]");
    assertThatThrownBy(() -> all.withDepths(List.of(120))).hasMessageContaining("0..100");
  }

  @Test
  void withLengths_subset_keepsOnlyThoseLengthsWithinTheWindow() {
    LongContextSuiteGenerator all = LongContextSuiteGenerator.create(1, 35_000);

    assertThat(all.withLengths(List.of(1_000, 32_000)).haystackLengths())
        .containsExactly(1_000, 32_000);
    assertThat(all.withLengths(List.of()).haystackLengths())
        .containsExactly(1_000, 4_000, 16_000, 32_000);
    assertThatThrownBy(() -> all.withLengths(List.of(64_000)).haystackLengths())
        .hasMessageContaining("64000").hasMessageContaining("35000");
  }

  @Test
  void create_windowTooSmall_throwsWithTheMinimum() {
    assertThatThrownBy(() -> LongContextSuiteGenerator.create(1, 800))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1256");
  }

  @Test
  void misreadCode_typicalSlip_differsFromTheCode() {
    assertThat(LongContextAnswers.misreadCode("4417-2093")).isEqualTo("4417-2039");
    assertThat(LongContextAnswers.misreadCode("4417-2088")).isEqualTo("4417-2089");
  }
}
