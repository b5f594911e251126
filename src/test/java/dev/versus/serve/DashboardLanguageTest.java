package dev.versus.serve;

import static dev.versus.serve.DashboardFixtures.FLASH;
import static dev.versus.serve.DashboardFixtures.MAVERICK;
import static dev.versus.serve.DashboardFixtures.MAVERICK_AGAIN;
import static dev.versus.serve.DashboardFixtures.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.report.ReportLanguage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's own labels in Spanish: by {@code ?lang=es} or by Accept-Language. */
class DashboardLanguageTest {
  /** The bundle keys the dashboard's pages use besides its own {@code dash.*} keys. */
  private static final List<String> SHARED_KEYS = List.of("claims.title", "claims.note",
      "col.claim", "col.verdict", "col.evidence", "col.observed", "col.limit", "col.result",
      "col.source", "thresholds.title", "thresholds.passed", "thresholds.failed",
      "verdict.verified", "verdict.refuted", "verdict.inconclusive", "endpoint.simulated",
      "endpoint.real");

  @TempDir static Path dir;
  private static DashboardFixtures.Running dashboard;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    dashboard = DashboardFixtures.Running.start(dir);
  }

  @AfterAll
  static void stop() {
    if (dashboard != null) {
      dashboard.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/?kind=bench", "/runs/" + FLASH + "/claims", "/runs/" + RUNNING,
      "/runs/" + FLASH, "/compare?a=" + MAVERICK + "&b=" + MAVERICK_AGAIN, "/nowhere",
      "/runs/no-such-run", "/compare?a=" + FLASH})
  void page_spanish_hasNoEnglishDashboardLabel(String path) throws Exception {
    String page = get(path + (path.contains("?") ? "&" : "?") + "lang=es", "").body();
    String text = page.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ")
        .replaceAll("<[^>]+>", " ");
    Properties en = bundle(ReportLanguage.EN);
    Properties es = bundle(ReportLanguage.ES);

    assertThat(page).contains("<html lang=\"es\"");
    for (String key : en.stringPropertyNames()) {
      if (!key.startsWith("dash.") && !SHARED_KEYS.contains(key)) {
        continue;
      }
      String english = en.getProperty(key);
      assertThat(english).as(key).isNotEqualTo(es.getProperty(key));
      assertThat(page).as("label " + key).doesNotContain(">" + english + "<");
      for (String fragment : english.split("\\{\\d}")) {
        if (fragment.strip().contains(" ") && fragment.strip().length() > 8) {
          assertThat(text).as("English label of " + key).doesNotContain(fragment.strip());
        }
      }
    }
  }

  @Test
  void runsPage_acceptLanguageSpanish_isSpanishAndLinksLeaveTheChoiceToTheBrowser()
      throws Exception {
    String page = get("/", "fr-CH, es-ES;q=0.9, en;q=0.8").body();

    assertThat(page).contains("<html lang=\"es\"", "<h1>Ejecuciones</h1>", "Comparar lado a lado",
        "href=\"/runs/" + FLASH + "\"").doesNotContain("lang=es");
  }

  @Test
  void runsPage_queryLanguage_winsOverAcceptLanguageAndIsCarriedByLinks() throws Exception {
    String page = get("/?lang=en", "es").body();

    assertThat(page).contains("<html lang=\"en\"", "<h1>Runs</h1>",
        "href=\"/runs/" + FLASH + "?lang=en\"", "href=\"/?a=" + FLASH + "&amp;lang=en#compare\"",
        "<input type=\"hidden\" name=\"lang\" value=\"en\">");
  }

  @Test
  void errorPage_acceptLanguageSpanish_isInSpanish() throws Exception {
    HttpResponse<String> res = get("/runs/no-such-run", "es");

    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(res.body()).contains("404 No encontrado",
        "No hay ninguna ejecución con id &#39;no-such-run&#39; en el almacén.", "Volver a las ejecuciones");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "es-ES,es;q=0.9,en;q=0.8 | es",
      "en;q=0.5, es;q=0.8      | es",
      "de, en-GB;q=0.7, es;q=0.7 | en",
      "es;q=0, en;q=0.1        | en",
      "fr-FR, de;q=0.5         | none",
      "''                      | none",
      "es;q=abc, en            | en"})
  void preferred_acceptLanguage_picksTheBestSupportedLanguage(String header, String expected) {
    assertThat(ReportLanguages.preferred(header).map(ReportLanguage::tag).orElse("none"))
        .isEqualTo(expected);
  }

  private static Properties bundle(ReportLanguage language) throws Exception {
    Properties p = new Properties();
    try (InputStream in = DashboardLanguageTest.class.getClassLoader()
        .getResourceAsStream("report/messages_" + language.tag() + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + dashboard.dashboard().port() + path)).timeout(Duration.ofSeconds(20));
    if (!acceptLanguage.isEmpty()) {
      request.header("Accept-Language", acceptLanguage);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
