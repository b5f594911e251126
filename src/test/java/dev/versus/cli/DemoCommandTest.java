package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code versus demo --quick} end to end through Main: both simulated profiles in process over
 * loopback, a real SQLite store in a temporary folder; one run shared by the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCommandTest {
  /**
   * Generous: the quick demo takes about 15 s on this 2-core machine (the simulator keeps real time),
   * and its target is under 20 s; other builds share the cores, so three times the target.
   */
  private static final double QUICK_BUDGET_SECONDS = 60;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path out;
  private String db;
  private MainTest.Result demo;
  private double seconds;
  private JsonNode report;

  @BeforeAll
  void runQuickDemo(@TempDir Path dir) throws Exception {
    out = dir.resolve("demo");
    db = dir.resolve("versus.db").toString();
    long start = System.nanoTime();
    demo = MainTest.run("demo", "--quick", "--out", out.toString(), "--store", db);
    seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "versus demo --quick took %.1f s%n", seconds);
    System.out.println(demo.out());
    assertThat(demo.code()).as(demo.err()).isZero();
    report = JSON.readTree(out.resolve("report.json").toFile());
  }

  @Test
  void demo_quick_finishesWithinItsBudget() {
    assertThat(seconds).isLessThan(QUICK_BUDGET_SECONDS);
  }

  @Test
  void demo_quick_writesTheFourReportFiles() throws Exception {
    for (String name : List.of("report.html", "report.json", "report.md", "report.junit.xml")) {
      assertThat(out.resolve(name)).isNotEmptyFile();
    }
    assertThat(Files.readString(out.resolve("report.junit.xml"))).contains("<testsuite");
    assertThat(Files.readString(out.resolve("report.html"))).containsIgnoringCase("simulated");
  }

  @Test
  void demo_quick_reportJsonFitsTheSchema() throws Exception {
    Schema schema;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("report/report.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JSON.readTree(in));
    }
    assertThat(schema.validate(report)).isEmpty();
  }

  @Test
  void demo_quick_claimsIncludeVerifiedAndRefutedWithEvidence() {
    List<String> verified = new ArrayList<>();
    List<String> refuted = new ArrayList<>();
    for (JsonNode claim : report.path("claims")) {
      if (claim.path("evidence").isEmpty()) {
        continue;
      }
      switch (claim.path("verdict").asText()) {
        case "verified" -> verified.add(claim.path("id").asText());
        case "refuted" -> refuted.add(claim.path("id").asText());
        default -> { }
      }
    }
    assertThat(verified).as("verified claims with evidence").isNotEmpty();
    assertThat(refuted).as("refuted claims with evidence").isNotEmpty();
    // The crash threshold configured in the Flash profile is detected at 512, not at 64.
    assertThat(verified).contains("a7");
  }

  @Test
  void demo_quick_saysItIsSimulatedAndWhereTheReportIs() {
    assertThat(demo.out()).contains("SIMULATED").contains("claims:")
        .contains(out.resolve("report.html").toAbsolutePath().toString());
    assertThat(report.toString()).contains("\"simulated\"");
  }

  @Test
  void report_ofTheDemoRun_rebuildsTheReport() {
    String runId = demo.out().lines().filter(l -> l.startsWith("run id: ")).findFirst()
        .orElseThrow().substring("run id: ".length()).split(" ")[0];
    Path again = out.resolveSibling("again");

    MainTest.Result r = MainTest.run("report", runId, "--format", "md", "--format", "csv",
        "--out", again.toString(), "--store", db);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(again.resolve("report.md")).content().contains("CUDA_ERROR_ILLEGAL_ADDRESS");
    assertThat(again.resolve("report.csv")).isNotEmptyFile();
  }
}
