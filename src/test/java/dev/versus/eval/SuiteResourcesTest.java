package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SuiteResourcesTest {

  private static final Set<String> SCORERS = Set.of("exact", "normalized", "contains", "regex", "number",
      "matrix", "token-f1", "label", "json-valid", "canary", "injection", "icontains", "all-of");

  @Test
  void cases_everyResourceSuite_hasValidFieldsUniqueIdsAndNoDuplicatePrompts() {
    Set<String> ids = new HashSet<>();
    Set<String> prompts = new HashSet<>();
    for (String name : SuiteResources.NAMES) {
      for (GeneratedCase c : SuiteResources.cases(name)) {
        assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue();
        assertThat(prompts.add(c.prompt().strip())).as("unique prompt of %s", c.id()).isTrue();
        assertThat(c.id()).startsWith(name + "-");
        assertThat(c.scorer()).isIn(SCORERS);
        assertThat(c.lang()).isIn("es", "en");
        assertThat(c.tags()).isNotEmpty();
        assertThat(c.expected().isTextual() || c.expected().isArray()).isTrue();
      }
    }
  }

  @Test
  void cases_mathEs_atLeast60NumericSpanishProblemsAskingForRespuesta() {
    List<GeneratedCase> cases = SuiteResources.cases("math-es");

    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    for (GeneratedCase c : cases) {
      assertThat(c.scorer()).isEqualTo("number");
      assertThat(c.lang()).isEqualTo("es");
      assertThat(c.prompt()).contains("Respuesta: <número>");
      assertThat(new BigDecimal(c.expected().asText())).isNotNull();
      // read with Spanish separators "0.375" would be 375: answers never have exactly three decimals
      assertThat(c.expected().asText()).doesNotMatch(".*\\.\\d{3}");
    }
    assertThat(cases).anyMatch(c -> c.prompt().matches("(?s).*\\d\\.\\d{3}\\b.*"));
    assertThat(cases).anyMatch(c -> c.prompt().matches("(?s).*\\d \\d{3}\\b.*"));
    assertThat(cases).anyMatch(c -> c.expected().asText().contains("."));
  }

  @Test
  void cases_nluEs_atLeast150WithEveryLabelTenTimesAndListedInThePrompt() {
    List<GeneratedCase> cases = SuiteResources.cases("nlu-es");

    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    Map<String, Long> perLabel = cases.stream()
        .collect(Collectors.groupingBy(c -> c.expected().asText(), Collectors.counting()));
    assertThat(perLabel).containsKeys("consultar_saldo", "transferencia", "bloquear_tarjeta", "reclamacion",
        "horario", "cancelar_suscripcion", "cambiar_contrasena", "hablar_agente", "positivo", "negativo", "neutro");
    assertThat(perLabel.values()).allMatch(n -> n >= 10);
    for (GeneratedCase c : cases) {
      assertThat(c.scorer()).isEqualTo("label");
      String allowed = c.prompt().lines().filter(l -> l.startsWith("Etiquetas permitidas:")).findFirst().orElseThrow();
      assertThat(allowed).contains(c.expected().asText());
      List<String> labels = textsOf(c.options().path("labels"));
      assertThat(labels).contains(c.expected().asText());
      assertThat(allowed).isEqualTo("Etiquetas permitidas: " + String.join(", ", labels) + ".");
      assertThat(c.tag("task")).hasValueSatisfying(t -> assertThat(t).isIn("intent", "sentiment", "entity"));
    }
  }

  @Test
  void cases_injection_atLeast80InBothLanguagesBothKindsWithCanaryInSystemPrompt() {
    List<GeneratedCase> cases = SuiteResources.cases("injection");

    assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
    for (String lang : List.of("es", "en")) {
      for (String kind : List.of("direct", "indirect")) {
        assertThat(cases).filteredOn(c -> c.lang().equals(lang) && c.tags().contains(kind)).hasSizeGreaterThanOrEqualTo(15);
      }
    }
    Set<String> techniques = cases.stream().map(c -> c.tag("technique").orElseThrow()).collect(Collectors.toSet());
    assertThat(techniques).contains("ignore-previous", "role-play", "prompt-extraction", "fake-system", "fake-tool",
        "base64", "spacing", "leetspeak", "translation", "multi-turn");
    Set<String> canaries = new HashSet<>();
    for (GeneratedCase c : cases) {
      String canary = c.options().path("canary").asText();
      assertThat(canary).startsWith("CANARY-");
      assertThat(canaries.add(canary)).isTrue();
      assertThat(c.system()).contains(canary);
      assertThat(c.prompt()).doesNotContain(canary);
      assertThat(c.expected().isArray() && c.expected().isEmpty()).isTrue();
      if (c.scorer().equals("injection")) {
        String marker = c.options().path("marker").asText();
        assertThat(marker).startsWith("PWNED-");
        assertThat(c.prompt().contains(marker) || !c.tag("technique").orElseThrow().matches("ignore-previous|role-play|fake-system")).isTrue();
      } else {
        assertThat(c.scorer()).isEqualTo("canary");
      }
    }
  }

  @Test
  void cases_injectionBenign_about30ControlsCheckingNoLeakAndAHelpfulAnswer() {
    List<GeneratedCase> cases = SuiteResources.cases("injection-benign");

    assertThat(cases).hasSizeBetween(25, 40);
    for (GeneratedCase c : cases) {
      String canary = c.options().path("canary").asText();
      assertThat(c.scorer()).isEqualTo("all-of");
      assertThat(canary).startsWith("CANARY-");
      assertThat(c.system()).contains(canary);
      JsonNode asserts = c.options().path("asserts");
      assertThat(asserts.get(0).path("scorer").asText()).isEqualTo("canary");
      assertThat(asserts.get(0).path("options").path("canary").asText()).isEqualTo(canary);
      assertThat(asserts.get(1).path("scorer").asText()).isEqualTo("icontains");
      assertThat(asserts.get(1).path("expected").size()).isPositive();
    }
    assertThat(cases).allMatch(c -> c.prompt().toLowerCase(java.util.Locale.ROOT)
        .matches("(?s).*(instruc|system|sistema|ignor|olvid|forget|previous|anular|override).*"));
  }

  @Test
  void cases_consistency_about30ShortAnswersMarkedForRepeats() {
    List<GeneratedCase> cases = SuiteResources.cases("consistency");

    assertThat(cases).hasSizeBetween(25, 40);
    assertThat(cases).allMatch(c -> c.scorer().equals("normalized") || c.scorer().equals("number"));
    assertThat(cases).allMatch(c -> c.tag("repeats").map(Integer::parseInt).orElse(0) >= 2);
    assertThat(cases).allMatch(c -> c.expected().asText().length() <= 20);
  }

  @Test
  void resources_rawLines_useOnlyTheFieldsOfTheSuiteFormat() throws Exception {
    Set<String> allowed = Set.of("id", "prompt", "system", "expected", "scorer", "options", "lang", "tags");
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String name : SuiteResources.NAMES) {
      try (var in = SuiteResourcesTest.class.getResourceAsStream("/suites/" + name + ".jsonl")) {
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          Set<String> fields = new HashSet<>();
          mapper.readTree(line).fieldNames().forEachRemaining(fields::add);
          assertThat(allowed).as(name).containsAll(fields);
        }
      }
    }
  }

  @Test
  void index_listsEveryResourceSuite() throws Exception {
    try (var in = SuiteResourcesTest.class.getResourceAsStream("/suites/index.txt")) {
      List<String> names = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      assertThat(names).containsExactlyElementsOf(SuiteResources.NAMES);
    }
  }

  @Test
  void cases_unknownName_throwsNamingTheChoices() {
    assertThatThrownBy(() -> SuiteResources.cases("gsm8k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("math-es");
  }

  @Test
  void toJsonLine_resourceCase_roundTripsToTheSameFields() throws Exception {
    GeneratedCase c = SuiteResources.cases("injection").getFirst();
    JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.toJsonLine());

    assertThat(line.path("id").asText()).isEqualTo(c.id());
    assertThat(line.path("system").asText()).isEqualTo(c.system());
    assertThat(line.path("options")).isEqualTo(c.options());
    assertThat(line.path("tags").size()).isEqualTo(c.tags().size());
  }

  static List<String> textsOf(JsonNode node) {
    return node.isArray() ? java.util.stream.StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList()
        : List.of(node.asText());
  }

  static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
