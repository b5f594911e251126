package dev.versus.serve;

import static dev.versus.serve.DashboardFixtures.BOOM;
import static dev.versus.serve.DashboardFixtures.FLASH;
import static dev.versus.serve.DashboardFixtures.MAVERICK;
import static dev.versus.serve.DashboardFixtures.MAVERICK_AGAIN;
import static dev.versus.serve.DashboardFixtures.NEWEST_FIRST;
import static dev.versus.serve.DashboardFixtures.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every route and error of the dashboard over loopback, against a seeded SQLite store. */
class DashboardHttpTest {
  @TempDir static Path dir;
  private static Store store;
  private static Dashboard dashboard;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    store = DashboardFixtures.seededStore(dir);
    dashboard = Dashboard.start(DashboardConfig.defaults().withPort(0), store.runs(),
        DashboardFixtures::report);
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
  void runsPage_seededStore_listsEveryRunNewestFirstWithBadgesAndCompareForm() throws Exception {
    HttpResponse<String> res = get("/");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
    String page = res.body();
    int last = -1;
    for (String id : NEWEST_FIRST) {
      int at = page.indexOf("data-run=\"" + id + "\"");
      assertThat(at).as("row of " + id).isGreaterThan(last);
      last = at;
    }
    String flashRow = row(page, FLASH);
    assertThat(flashRow).contains("badge simulated", "status-completed", "bench",
        "Gemini 2.5 Flash sweep", "href=\"/runs/bench-flash\"", "/runs/bench-flash/claims",
        "3m 07s");
    assertThat(row(page, MAVERICK)).doesNotContain("badge simulated");
    assertThat(row(page, RUNNING)).contains("status-running", "running");
    assertThat(page).contains("<form class=\"compare\"", "action=\"/compare\"",
        "name=\"a\"", "name=\"b\"");
    assertThat(get("/runs").body()).isEqualTo(page);
  }

  @Test
  void runsPage_kindFilter_listsOnlyThatKind() throws Exception {
    String page = get("/?kind=bench").body();

    assertThat(page).contains("3 bench runs", "data-run=\"" + FLASH + "\"",
        "data-run=\"" + MAVERICK_AGAIN + "\"").doesNotContain("data-run=\"" + RUNNING + "\"");
    assertThat(get("/?kind=Bad!").statusCode()).isEqualTo(400);
  }

  @Test
  void runsPage_preselectedRun_isSelectedInTheFirstList() throws Exception {
    String page = get("/?a=" + MAVERICK).body();

    assertThat(page).contains("<option value=\"" + MAVERICK + "\" selected>");
  }

  @Test
  void runPage_runWithReport_servesTheExportedReportWithChartsAndTheBar() throws Exception {
    HttpResponse<String> res = get("/runs/" + FLASH);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-security-policy").orElseThrow())
        .contains("default-src 'none'");
    assertThat(res.body()).contains("id=\"dashbar\"", "Gemini 2.5 Flash sweep",
        "<canvas", "id=\"versus-charts\"", "href=\"/runs/bench-flash/claims\"",
        "/runs/bench-flash/report.junit.xml", "<html lang=\"en\"");
    assertThat(res.body().indexOf("id=\"dashbar\"")).isGreaterThan(res.body().indexOf("<body>"));
  }

  @Test
  void runPage_spanish_rendersTheReportInSpanish() throws Exception {
    String page = get("/runs/" + FLASH + "?lang=es").body();

    assertThat(page).contains("<html lang=\"es\"", "/runs/bench-flash/claims?lang=es");
  }

  @Test
  void runPage_runWithoutReport_showsStoredFactsAndPrettySummaryLabelled() throws Exception {
    HttpResponse<String> res = get("/runs/" + RUNNING);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("id=\"no-report\"", "has no summary yet",
        "no summary stored yet", "status-running", "Spanish NLU (in progress)", "&quot;suites&quot;")
        .doesNotContain("<canvas");
  }

  @Test
  void claimsPage_runWithClaims_listsVerdictsEvidenceAndThresholds() throws Exception {
    HttpResponse<String> res = get("/runs/" + FLASH + "/claims");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("id=\"claims\"", "data-verdict=\"verified\"",
        "data-verdict=\"inconclusive\"", "flash.ttft_p99@c=8 = 743 ms [700, 790]",
        "The sweep stopped at c=64.", "not observed on a real service", "id=\"thresholds\"",
        "badge simulated");
  }

  @ParameterizedTest
  @CsvSource({
    "html, text/html; charset=utf-8, <!DOCTYPE html>",
    "md, text/markdown; charset=utf-8, #",
    "json, application/json, {",
    "csv, text/csv; charset=utf-8, ''",
    "junit.xml, application/xml, <?xml"
  })
  void download_everyFormat_hasMediaTypeAttachmentNameAndContent(
      String suffix, String mediaType, String start) throws Exception {
    HttpResponse<String> res = get("/runs/" + FLASH + "/report." + suffix);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type")).hasValue(mediaType);
    assertThat(res.headers().firstValue("content-disposition"))
        .hasValue("attachment; filename=\"versus-bench-flash." + suffix + "\"");
    assertThat(res.body()).startsWith(start).contains("flash");
  }

  @Test
  void download_json_isTheVersionedReportOfThatRun() throws Exception {
    JsonNode json = new ObjectMapper().readTree(get("/runs/" + MAVERICK + "/report.json").body());

    assertThat(json.path("schema").asText()).isEqualTo("versus-report/1");
    assertThat(json.toString()).contains(MAVERICK, "Llama 4 Maverick").doesNotContain(FLASH);
  }

  @Test
  void compare_twoRunsThatCombine_showsBothRunsInOneReport() throws Exception {
    HttpResponse<String> res = get("/compare?a=" + FLASH + "&b=" + MAVERICK);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("Gemini 2.5 Flash vs Llama 4 Maverick", "Gemini 2.5 Flash",
        "Llama 4 Maverick", "href=\"/runs/bench-flash\"", "href=\"/runs/bench-maverick\"",
        "<canvas", "/compare/report.csv?a=bench-flash&amp;b=bench-maverick");
  }

  @Test
  void compare_runsThatDoNotCombine_showsEachReportInItsOwnColumn() throws Exception {
    HttpResponse<String> res = get("/compare?a=" + MAVERICK + "&b=" + MAVERICK_AGAIN);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).contains("id=\"separate\"", "both runs measured model",
        "<iframe title=\"run bench-maverick\" src=\"/runs/bench-maverick\"",
        "src=\"/runs/bench-maverick-2\"");
  }

  @Test
  void compareDownload_json_containsBothRuns() throws Exception {
    HttpResponse<String> res =
        get("/compare/report.json?a=" + FLASH + "&b=" + MAVERICK + "&lang=es");

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-disposition")).hasValue(
        "attachment; filename=\"versus-bench-flash-vs-bench-maverick.json\"");
    assertThat(res.body()).contains(FLASH, MAVERICK);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "/runs/no-such-run | 404 | No run with id 'no-such-run'",
    "/runs/bench-flash/nothing | 404 | No page 'nothing' for a run",
    "/runs/bench-flash/report.pdf | 404 | report.junit.xml",
    "/nowhere | 404 | No page at this address",
    "/runs/a/b/c/d | 404 | No page at this address",
    "/runs/bad%20id | 400 | 'bad id' is not a run id",
    "/runs/" + "bench-flash?lang=fr | 400 | Unknown language 'fr'",
    "/compare?a=bench-flash | 400 | needs two runs",
    "/compare?a=bench-flash&b=bench-flash | 400 | two different runs",
    "/compare?a=bench-flash&b=no%2Fslash | 400 | 'no/slash' is not a run id",
    "/compare?a=bench-flash&b=missing | 404 | No run with id 'missing'",
    "/compare/other?a=bench-flash&b=bench-maverick | 404 | No page 'other' under /compare",
    "/runs/eval-running/report.json | 409 | has no report to download",
    "/compare/report.md?a=bench-maverick&b=bench-maverick-2 | 409 | no combined report",
    "/runs/boom | 500 | fixture failure for run boom"
  })
  void errors_badOrUnknownAddresses_getAnErrorPageAndTheServerKeepsServing(
      String path, int status, String message) throws Exception {
    HttpResponse<String> res = get(path);

    assertThat(res.statusCode()).isEqualTo(status);
    assertThat(res.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
    String text = res.body().replace("&#39;", "'");
    assertThat(text).contains("id=\"error\"", message).doesNotContain("Exception", "at dev.");
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void rawRequest_malformedPercentEscape_is400AndServerKeepsServing() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", dashboard.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET /runs/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 400");
    }
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void post_anyAddress_is405WithAllow() throws Exception {
    HttpResponse<String> res = CLIENT.send(
        HttpRequest.newBuilder(uri("/runs/" + FLASH)).POST(HttpRequest.BodyPublishers.ofString("x"))
            .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(res.statusCode()).isEqualTo(405);
    assertThat(res.headers().firstValue("allow")).hasValue("GET, HEAD");
  }

  @Test
  void head_runsPage_hasHeadersAndNoBody() throws Exception {
    HttpResponse<String> res = CLIENT.send(
        HttpRequest.newBuilder(uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).isEmpty();
    assertThat(res.headers().firstValueAsLong("content-length").orElse(0)).isPositive();
  }

  @Test
  void runPage_twentyConcurrentRequests_allServedInFull() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String path = i % 2 == 0 ? "/runs/" + FLASH : "/compare?a=" + FLASH + "&b=" + MAVERICK;
      pending.add(CLIENT.sendAsync(HttpRequest.newBuilder(uri(path))
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    for (CompletableFuture<HttpResponse<String>> response : pending) {
      HttpResponse<String> res = response.get(90, TimeUnit.SECONDS);
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.body()).contains("<canvas").endsWith("</html>\n");
    }
  }

  @Test
  void health_always_ok() throws Exception {
    assertThat(get("/health").body()).isEqualTo("ok\n");
    assertThat(BOOM).isNotBlank();
  }

  private static String row(String page, String id) {
    int start = page.indexOf("data-run=\"" + id + "\"");
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + dashboard.port() + path);
  }
}
