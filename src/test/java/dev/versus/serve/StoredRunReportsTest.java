package dev.versus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard with the real stored-run mapper ({@code versus report}'s) over a SQLite store
 * holding a stored bench summary, a plan run naming it, and a bench run with no summary yet.
 */
class StoredRunReportsTest {
  private static final Instant NOW = Instant.parse("2026-11-26T16:00:00Z");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  @TempDir static Path dir;
  private static Store store;
  private static Dashboard dashboard;

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(dir.resolve("versus.db").toString());
    String bench;
    try (InputStream in =
        StoredRunReportsTest.class.getResourceAsStream("/runreport/bench-summary.json")) {
      bench = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    store.runs().create(RunInfo.started("b1", "bench", "Flash sweep", NOW, "{}", true));
    store.runs().updateSummary("b1", new ObjectMapper().readTree(bench).toString());
    store.runs().finish("b1", RunStatus.COMPLETED, NOW.plusSeconds(90));
    store.runs().create(RunInfo.started("b2", "bench", "still running", NOW.plusSeconds(100),
        "{}", true));
    dashboard = Dashboard.start(DashboardConfig.defaults().withPort(0), store.runs(),
        RunReportSource.fromStore(store.runs(), Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @AfterAll
  static void stop() {
    if (dashboard != null) {
      dashboard.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void runPage_storedBench_isTheMappedReportWithCharts() throws Exception {
    HttpResponse<String> res = get("/runs/b1");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("id=\"dashbar\"", "<canvas", "c=512",
        "2026-11-26T16:00:00Z").doesNotContain("id=\"no-report\"");
  }

  @Test
  void runPage_runWithoutSummary_saysWhyWithTheMappersMessage() throws Exception {
    HttpResponse<String> res = get("/runs/b2");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("id=\"no-report\"", "has no summary yet");
  }

  @Test
  void download_storedBench_junitAndJson() throws Exception {
    assertThat(get("/runs/b1/report.junit.xml").body()).startsWith("<?xml");
    assertThat(get("/runs/b1/report.json").body()).contains("\"versus-report/1\"", "\"b1\"");
    assertThat(get("/runs/b2/report.json").statusCode()).isEqualTo(409);
  }

  @Test
  void compare_benchWithRunningRun_fallsBackToColumns() throws Exception {
    HttpResponse<String> res = get("/compare?a=b1&b=b2");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("id=\"separate\"", "src=\"/runs/b1\"", "src=\"/runs/b2\"");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + dashboard.port() + path))
            .timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
