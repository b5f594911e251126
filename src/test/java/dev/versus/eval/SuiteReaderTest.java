package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteReaderTest {
  @TempDir Path dir;
  private final SuiteReader reader = SuiteReader.create(Scorers.standard());

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  @Test
  void read_jsonl_buildsCases() throws IOException {
    Path f = write("mini.jsonl",
        "{\"id\": \"a\", \"prompt\": \"{{x}} + {{ y }}?\", \"vars\": {\"x\": \"1\", \"y\": 2},"
            + " \"expected\": 3, \"scorer\": \"number\", \"options\": {\"tolerance\": 0.01}}",
        "",
        "// comment line",
        "{\"id\": \"b\", \"system\": \"Be brief.\", \"prompt\": \"Hi\", \"expected\": [\"hello\","
            + " \"hi\"], \"scorer\": \"icontains\", \"lang\": \"es\", \"tags\": [\"greet\"]}");
    Suite s = reader.read(f);
    assertThat(s.name()).isEqualTo("mini");
    assertThat(s.cases()).hasSize(2);
    EvalCase a = s.cases().get(0);
    assertThat(a.renderedMessages().get(0).content()).isEqualTo("1 + 2?");
    assertThat(a.chatRequest("m", dev.versus.core.SamplingParams.defaults()).messages().get(0)
        .content()).isEqualTo("1 + 2?");
    assertThat(a.expected()).containsExactly("3");
    assertThat(a.options().doubleOr("tolerance", 0)).isEqualTo(0.01);
    EvalCase b = s.cases().get(1);
    assertThat(b.messages()).extracting(m -> m.role()).containsExactly(Role.SYSTEM, Role.USER);
    assertThat(b.language()).isEqualTo("es");
    assertThat(b.tags()).containsExactly("greet");
  }

  @Test
  void read_wrongFieldType_namesFileLineAndField() throws IOException {
    Path f = write("bad.jsonl",
        "{\"id\": \"a\", \"prompt\": \"p\", \"expected\": \"1\", \"scorer\": \"number\"}",
        "{\"id\": \"b\", \"prompt\": 42, \"expected\": \"1\", \"scorer\": \"number\"}");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("bad.jsonl:2:")
        .hasMessageContaining("field 'prompt'")
        .hasMessageContaining("expected a non-empty string, got the number 42");
  }

  @Test
  void read_missingField_namesIt() throws IOException {
    Path f = write("bad.jsonl", "{\"prompt\": \"p\", \"expected\": \"1\", \"scorer\": \"exact\"}");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("bad.jsonl:1: field 'id': missing, expected a string");
  }

  @Test
  void read_promptAndMessagesBoth_isRejected() throws IOException {
    Path f = write("bad.jsonl", "{\"id\": \"a\", \"prompt\": \"p\", \"messages\": [], "
        + "\"expected\": \"1\", \"scorer\": \"exact\"}");
    assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("exactly one of them");
  }

  @Test
  void read_badMessageRole_namesIndex() throws IOException {
    Path f = write("bad.jsonl", "{\"id\": \"a\", \"messages\": [{\"role\": \"robot\", "
        + "\"content\": \"x\"}], \"expected\": \"1\", \"scorer\": \"exact\"}");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("bad.jsonl:1: field 'messages[0]'")
        .hasMessageContaining("unknown role 'robot'");
  }

  @Test
  void read_unknownScorer_listsKnownScorers() throws IOException {
    Path f = write("bad.jsonl", "{\"id\": \"a\", \"prompt\": \"p\", \"expected\": \"1\", "
        + "\"scorer\": \"fuzzy\"}");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("bad.jsonl:1: field 'scorer': unknown scorer 'fuzzy'")
        .hasMessageContaining("canary, contains");
  }

  @Test
  void read_unknownField_listsAccepted() throws IOException {
    Path f = write("bad.jsonl", "{\"id\": \"a\", \"prompt\": \"p\", \"answer\": \"1\", "
        + "\"scorer\": \"exact\"}");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("unknown field 'answer', expected one of");
  }

  @Test
  void read_invalidJsonLine_namesLine() throws IOException {
    Path f = write("bad.jsonl", "{\"id\": \"a\", \"prompt\": \"p\", \"expected\": \"1\", "
        + "\"scorer\": \"exact\"}", "{oops");
    assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("bad.jsonl:2: not valid JSON");
  }

  @Test
  void read_badScorerOption_namesLine() throws IOException {
    Path f = write("bad.jsonl", "{\"id\": \"a\", \"prompt\": \"p\", \"expected\": \"x\", "
        + "\"scorer\": \"number\"}");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("bad.jsonl:1: case a: expected answer 'x' is not a number");
  }

  @Test
  void read_missingExpectedForNumber_namesField() throws IOException {
    Path f = write("bad.jsonl", "\uFEFF{\"id\": \"a\", \"prompt\": \"p\", \"scorer\": \"number\"}");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("bad.jsonl:1: case a: field 'expected': scorer 'number' needs");
  }

  @Test
  void read_duplicateIds_rejected() throws IOException {
    String line = "{\"id\": \"a\", \"prompt\": \"p\", \"expected\": \"1\", \"scorer\": \"exact\"}";
    assertThatThrownBy(() -> reader.read(write("dup.jsonl", line, line)))
        .hasMessageContaining("duplicate case id 'a'");
  }

  @Test
  void read_yamlWithHeader_usesDefaultScorerAndLanguage() throws IOException {
    Path f = write("suite.yaml",
        "name: sums",
        "description: tiny sums",
        "scorer: number",
        "lang: es",
        "cases:",
        "  - id: one",
        "    prompt: uno más uno",
        "    expected: 2",
        "  - id: two",
        "    prompt: dos más dos",
        "    expected: '4'",
        "    scorer: exact");
    Suite s = reader.read(f);
    assertThat(s.name()).isEqualTo("sums");
    assertThat(s.defaultScorer()).isEqualTo("number");
    assertThat(s.cases()).extracting(EvalCase::scorer).containsExactly("number", "exact");
    assertThat(s.cases().get(0).language()).isEqualTo("es");
  }

  @Test
  void read_yamlBadCase_namesItsLine() throws IOException {
    Path f = write("suite.yaml",
        "name: sums",
        "scorer: number",
        "cases:",
        "  - id: one",
        "    prompt: p",
        "    expected: 2",
        "  - id: two",
        "    prompt: [not, a, string]",
        "    expected: 2");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("suite.yaml:7: field 'prompt': expected a non-empty string");
  }

  @Test
  void read_yamlReferencingJsonl_readsIt() throws IOException {
    write("cases.jsonl", "{\"id\": \"a\", \"prompt\": \"p\", \"expected\": \"1\"}");
    Path f = write("suite.yml", "name: ref", "scorer: exact", "cases: cases.jsonl");
    Suite s = reader.read(f);
    assertThat(s.name()).isEqualTo("ref");
    assertThat(s.cases().get(0).scorer()).isEqualTo("exact");
  }

  @Test
  void read_yamlUnknownDefaultScorer_listsKnown() throws IOException {
    Path f = write("suite.yml", "name: ref", "scorer: magic", "cases: cases.jsonl");
    assertThatThrownBy(() -> reader.read(f))
        .hasMessageContaining("field 'scorer': unknown scorer 'magic', expected one of");
  }

  @Test
  void read_otherExtension_rejected() throws IOException {
    assertThatThrownBy(() -> reader.read(write("x.txt", "hi")))
        .hasMessageContaining("expected .jsonl, .yaml or .yml");
  }
}
