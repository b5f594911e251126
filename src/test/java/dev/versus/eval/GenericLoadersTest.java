package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericLoadersTest {
  @TempDir Path dir;
  private final Scorers scorers = Scorers.standard();
  private final DatasetLoaders loaders = DatasetLoaders.standard();

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  @Test
  void jsonl_columnMapping_buildsCases() throws IOException {
    Path f = write("qa.jsonl",
        "{\"q\": \"2+2?\", \"a\": 4, \"key\": \"k1\"}",
        "{\"q\": \"Capital of Spain?\", \"a\": [\"Madrid\", \"madrid city\"]}");
    Suite s = loaders.load("jsonl:" + f, Map.of("prompt", "q", "expected", "a", "id", "key",
        "scorer", "normalized"), scorers).suite();
    assertThat(s.cases()).extracting(EvalCase::id).containsExactly("k1", "line-2");
    assertThat(s.cases().get(1).expected()).containsExactly("Madrid", "madrid city");
    assertThat(scorers.score("MADRID", s.cases().get(1)).passed()).isTrue();
  }

  @Test
  void jsonl_missingPromptField_namesFileLineField() throws IOException {
    Path f = write("qa.jsonl", "{\"prompt\": \"x\", \"expected\": \"y\"}", "{\"text\": \"x\"}");
    assertThatThrownBy(() -> loaders.load("jsonl:" + f, Map.of(), scorers))
        .hasMessageContaining("qa.jsonl:2: field 'prompt': expected a string, got nothing");
  }

  @Test
  void csv_quotedFieldsAndMapping_parse() throws IOException {
    Path f = write("qa.csv",
        "id,question,answer",
        "a,\"What is 1,000 + 1?\",1001",
        "b,\"Multi-line",
        "question with \"\"quotes\"\"\",\"x|y\"");
    Suite s = loaders.load("csv:" + f, Map.of("prompt", "question", "expected", "answer",
        "scorer", "exact", "separator", "|"), scorers).suite();
    assertThat(s.cases()).hasSize(2);
    assertThat(s.cases().get(0).messages().get(0).content()).isEqualTo("What is 1,000 + 1?");
    assertThat(s.cases().get(1).messages().get(0).content())
        .isEqualTo("Multi-line\nquestion with \"quotes\"");
    assertThat(s.cases().get(1).expected()).containsExactly("x", "y");
  }

  @Test
  void csv_wrongColumnCountAndMissingColumn_reported() throws IOException {
    Path f = write("bad.csv", "prompt,expected", "a,b", "c,d,e");
    assertThatThrownBy(() -> loaders.load("csv:" + f, Map.of(), scorers))
        .hasMessageContaining("bad.csv:3: expected 2 columns like the header, got 3");
    Path g = write("bad2.csv", "question,answer", "a,b");
    assertThatThrownBy(() -> loaders.load("csv:" + g, Map.of(), scorers))
        .hasMessageContaining("bad2.csv:1: no column 'prompt'");
  }

  @Test
  void promptfoo_supportedAndUnsupportedAssertions() throws IOException {
    Path f = write("promptfooconfig.yaml",
        "description: greetings",
        "prompts:",
        "  - 'Translate to Spanish: {{text}}'",
        "providers:",
        "  - openai:gpt-4o-mini",
        "  - id: ollama:llama3",
        "tests:",
        "  - vars: { text: hello }",
        "    assert:",
        "      - type: icontains",
        "        value: hola",
        "      - type: javascript",
        "        value: output.length < 50",
        "  - vars: { text: '{\"a\": 1}' }",
        "    assert:",
        "      - type: is-json",
        "  - vars: { text: cat }",
        "    assert:",
        "      - type: llm-rubric",
        "        value: mentions a cat",
        "  - vars: { text: dog }",
        "    assert:",
        "      - type: equals",
        "        value: perro",
        "      - type: not-contains",
        "        value: '{{text}}'");
    LoadedDataset d = loaders.load("promptfoo:" + f, Map.of(), scorers);
    assertThat(d.providers()).containsExactly("openai:gpt-4o-mini", "ollama:llama3");
    assertThat(d.warnings()).hasSize(3);
    assertThat(d.warnings().get(0)).contains("tests[0].assert[1]", "'javascript' is not supported");
    assertThat(d.warnings().get(1)).contains("tests[2].assert[0]", "'llm-rubric'",
        "needs scorer 'llm-judge'");
    assertThat(d.warnings().get(2)).contains("tests[2]: no supported assertion; test skipped");
    Suite s = d.suite();
    assertThat(s.cases()).extracting(EvalCase::id).containsExactly("test-1", "test-2", "test-4");
    EvalCase first = s.cases().get(0);
    assertThat(first.renderedMessages().get(0).content()).isEqualTo("Translate to Spanish: hello");
    assertThat(scorers.score("¡Hola!", first).passed()).isTrue();
    EvalCase dog = s.cases().get(2);
    assertThat(dog.scorer()).isEqualTo("all-of");
    assertThat(scorers.score("perro", dog).passed()).isTrue();
    assertThat(scorers.score("dog", dog).passed()).isFalse();
  }

  @Test
  void promptfoo_strict_failsOnUnsupportedAssertion() throws IOException {
    Path f = write("p.yaml", "prompts: ['{{q}}']", "tests:", "  - vars: { q: x }",
        "    assert:", "      - type: python", "        value: 'True'");
    assertThatThrownBy(() -> loaders.load("promptfoo:" + f, Map.of("strict", "true"), scorers))
        .hasMessageContaining("assertion type 'python' is not supported");
    assertThatThrownBy(() -> loaders.load("promptfoo:" + f, Map.of(), scorers))
        .hasMessageContaining("no test with a supported assertion");
  }

  @Test
  void promptfoo_similarWithoutEmbedder_warnsAndWithEmbedderLoads() throws IOException {
    Path f = write("p.yaml", "prompts: ['{{q}}']", "tests:", "  - vars: { q: x }",
        "    assert:", "      - type: similar", "        value: hello", "        threshold: 0.6",
        "      - type: contains", "        value: h");
    LoadedDataset without = loaders.load("promptfoo:" + f, Map.of(), scorers);
    assertThat(without.warnings()).singleElement().asString().contains("needs scorer 'similar'");
    LoadedDataset with = loaders.load("promptfoo:" + f, Map.of(),
        scorers.withEmbedder(t -> new float[] {1, t.length()}));
    assertThat(with.warnings()).isEmpty();
    assertThat(with.suite().cases().get(0).scorer()).isEqualTo("all-of");
  }

  @Test
  void promptfoo_fileVariables_rejectedByName() throws IOException {
    Path f = write("p.yaml", "prompts: ['{{q}}']", "tests:", "  - vars: { q: 'file://q.txt' }",
        "    assert:", "      - type: contains", "        value: x");
    assertThatThrownBy(() -> loaders.load("promptfoo:" + f, Map.of(), scorers))
        .hasMessageContaining("tests[0].vars.q: file:// variable values are not supported");
  }

  @Test
  void load_unknownFormatOrMissingFile_isClear() {
    assertThatThrownBy(() -> loaders.load("parquet:/x", Map.of(), scorers))
        .hasMessageContaining("unknown format 'parquet', expected one of bipia, csv, gsm8k");
    assertThatThrownBy(() -> loaders.load("gsm8k:" + dir.resolve("none.jsonl"), Map.of(),
        scorers)).hasMessageContaining("file not found");
    assertThatThrownBy(() -> loaders.load("nocolon", Map.of(), scorers))
        .hasMessageContaining("expected FORMAT:PATH");
  }

  @Test
  void suiteFormat_loadsThroughRegistry() throws IOException {
    Path f = write("mine.jsonl", "{\"id\": \"a\", \"prompt\": \"p\", \"expected\": \"1\", "
        + "\"scorer\": \"number\"}");
    assertThat(loaders.load("suite:" + f, Map.of(), scorers).suite().name()).isEqualTo("mine");
  }

  @Test
  void gsm8k_missingHashes_namesLineAndField() throws IOException {
    Path f = write("g.jsonl", "{\"question\": \"q\", \"answer\": \"no final\"}");
    assertThatThrownBy(() -> loaders.load("gsm8k:" + f, Map.of(), scorers))
        .hasMessageContaining("g.jsonl:1: field 'answer': expected the final answer after '#### '");
  }

  @Test
  void mgsm_nonNumericAnswer_namesLineAndColumn() throws IOException {
    Path f = write("mgsm_es.tsv", "¿Cuánto?\t12", "¿Y ahora?\tmuchos");
    assertThatThrownBy(() -> loaders.load("mgsm:" + f, Map.of(), scorers))
        .hasMessageContaining("mgsm_es.tsv:2: column 2 (answer): expected a number");
  }
}
