package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.RunFilter;
import dev.versus.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus report} over a real eval run of both simulated profiles in a temporary store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Path tmp;
  private String db;
  private String evalRun;

  @BeforeAll
  void storeAnEvalRun(@TempDir Path dir) {
    tmp = dir;
    db = dir.resolve("versus.db").toString();
    MainTest.Result eval = MainTest.run("eval", "--model", "sim:gemini-2.5-flash", "--model",
        "sim:llama-4-maverick", "--suite", "nlu-es", "--limit", "20", "--repeat", "2",
        "--no-cache", "--store", db, "--price", "sim:gemini-2.5-flash=0.30/2.50");
    assertThat(eval.code()).as(eval.err()).isZero();
    try (Store store = Store.open(db)) {
      evalRun = store.runs().list(RunFilter.all().kind("eval")).getFirst().id();
    }
  }

  @Test
  void report_everyFormat_writesOneFileEach() throws Exception {
    Path out = tmp.resolve("all");
    MainTest.Result r = MainTest.run("report", evalRun, "--format", "html", "--format", "md",
        "--format", "json", "--format", "csv", "--format", "junit", "--lang", "es", "--out",
        out.toString(), "--store", db);

    assertThat(r.code()).as(r.err()).isZero();
    for (String name : new String[] {"report.html", "report.md", "report.json", "report.csv",
        "report.junit.xml"}) {
      assertThat(out.resolve(name)).isNotEmptyFile();
    }
    JsonNode json = JSON.readTree(out.resolve("report.json").toFile());
    assertThat(json.toString()).contains("nlu-es").contains("gemini-2.5-flash")
        .contains("llama-4-maverick").contains("simulated");
    // The eval's --price is kept with its run and shown with the model.
    JsonNode flash = null;
    for (JsonNode m : json.path("models")) {
      if (m.path("key").asText().equals("gemini-2.5-flash")) {
        flash = m;
      }
    }
    assertThat(flash).isNotNull();
    assertThat(flash.path("price").path("output_usd").asDouble()).isEqualTo(2.50);
  }

  @Test
  void report_unknownRun_exits2WithOneLine() {
    MainTest.Result r = MainTest.run("report", "no-such-run", "--out", tmp.resolve("x").toString(),
        "--store", db);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).contains("no-such-run").doesNotContain("\n")
        .doesNotContain("Exception");
    assertThat(Files.exists(tmp.resolve("x"))).isFalse();
  }

  @Test
  void report_unknownFormat_exits2() {
    MainTest.Result r = MainTest.run("report", evalRun, "--format", "pdf", "--store", db);

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("pdf");
  }
}
