package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = JsonRendererTest.class.getClassLoader()
        .getResourceAsStream("report/report.schema.json")) {
      assertThat(in).as("schema resource").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(MAPPER.readTree(in));
    }
  }

  @Test
  void render_sample_validatesAgainstTheSchema() throws Exception {
    JsonNode json = render(ReportLanguage.EN);

    List<Error> errors = schema.validate(json);

    assertThat(errors).isEmpty();
    assertThat(json.path("schema").asText()).isEqualTo("versus-report/1");
  }

  @Test
  void render_spanish_validatesAndRecordsTheLanguage() throws Exception {
    JsonNode json = render(ReportLanguage.ES);

    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.path("report_language").asText()).isEqualTo("es");
  }

  @Test
  void schema_unknownField_isReported() throws Exception {
    ObjectNode json = (ObjectNode) render(ReportLanguage.EN);
    json.put("surprise", 1);
    ((ObjectNode) json.path("performance").path("levels").get(0)).remove("token_source");

    assertThat(schema.validate(json)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void schema_errorClasses_coverEveryCoreErrorClass() throws Exception {
    JsonNode schemaJson;
    try (InputStream in = JsonRendererTest.class.getClassLoader()
        .getResourceAsStream("report/report.schema.json")) {
      schemaJson = MAPPER.readTree(in);
    }
    List<String> allowed = new java.util.ArrayList<>();
    schemaJson.at("/$defs/level/properties/errors/propertyNames/enum")
        .forEach(n -> allowed.add(n.asText()));

    assertThat(allowed).containsExactlyInAnyOrder(java.util.Arrays.stream(
        dev.versus.core.ErrorClass.values()).map(dev.versus.core.ErrorClass::wireName)
        .toArray(String[]::new));
  }

  @Test
  void render_sample_keepsFiguresAndSources() throws Exception {
    assertThat(MAPPER.readTree(new JsonRenderer().render(
        SampleReports.flashVersusMaverick(), ReportLanguage.EN)).path("models").get(0)
        .path("reference").asText()).isEqualTo("sim:gemini-2.5-flash");
    JsonNode json = render(ReportLanguage.EN);
    JsonNode first = json.path("performance").path("levels").get(0);

    assertThat(json.path("models").get(0).path("endpoint").asText()).isEqualTo("simulated");
    assertThat(first.path("token_source").asText()).isEqualTo("server_reported");
    assertThat(first.path("latency_ms").path("ttft").path("p99_9").asDouble()).isPositive();
    assertThat(json.path("costs").get(0).path("usd_per_1k_requests").asDouble())
        .isEqualTo(SampleReports.costs().getFirst().usdPer1kRequests());
    assertThat(json.path("claims")).extracting(c -> c.path("verdict").asText())
        .containsExactly("verified", "refuted", "inconclusive", "refuted");
    assertThat(json.path("performance").path("knees").get(1).path("found").asBoolean()).isFalse();
  }

  private static JsonNode render(ReportLanguage language) throws Exception {
    String text = new JsonRenderer().render(SampleReports.flashVersusMaverick(), language);
    return MAPPER.readTree(text);
  }
}
