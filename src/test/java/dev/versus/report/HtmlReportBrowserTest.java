package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens rendered reports in a real headless Chromium (the system one: {@code apt-get install
 * chromium chromium-driver}) and checks what only a browser can: the charts draw, nothing is logged
 * to the console, nothing is fetched from the network, and a phone-sized viewport does not scroll
 * sideways. Screenshots go to {@code target/report-screenshot.png} and {@code
 * target/report-screenshot-es.png}. Skipped when Chromium is not installed.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> CHART_IDS = List.of("cdf-ttft-concurrency",
      "cdf-e2e-concurrency", "ttft-concurrency", "itl-concurrency", "tput-concurrency",
      "errors-concurrency", "kv-concurrency", "quality", "cost");

  @TempDir static Path temp;
  private static ChromeDriver driver;
  private static ChromeDriverService service;

  @BeforeAll
  static void startBrowser() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium not installed: apt-get install -y chromium chromium-driver to run this test");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectory(temp.resolve("profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  @Test
  void open_englishReport_chartsDrawWithoutErrorsOrNetwork() throws Exception {
    open(ReportLanguage.EN);

    for (String id : CHART_IDS) {
      assertThat(datasets(id)).as("datasets of " + id).isPositive();
      assertThat(paintedPixels(id)).as("painted pixels of " + id).isGreaterThan(500);
    }
    assertThat(kneeMarkers("tput-concurrency")).isEqualTo(1); // flash has a knee, maverick none
    assertNoConsoleErrors();
    assertNoNetwork();
    screenshot("report-screenshot.png");
    fullPageScreenshot("report-screenshot-full.png");
  }

  @Test
  void open_spanishReportOnAPhone_noSidewaysScrollAndChartsDraw() throws Exception {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      open(ReportLanguage.ES);

      long viewport = number("return window.innerWidth");
      assertThat(viewport).isEqualTo(390);
      assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(viewport);
      assertThat(number("return document.body.scrollWidth")).isLessThanOrEqualTo(viewport);
      assertThat(number("return document.querySelector('canvas').getBoundingClientRect().width"))
          .isLessThanOrEqualTo(viewport);
      assertThat(paintedPixels("quality")).isGreaterThan(500);
      assertThat((String) js("return document.documentElement.lang")).isEqualTo("es");
      assertNoConsoleErrors();
      assertNoNetwork();
      screenshot("report-screenshot-es.png");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static void open(ReportLanguage language) throws Exception {
    String html = new HtmlRenderer().render(SampleReports.flashVersusMaverick(), language);
    Path file = temp.resolve("report-" + language.tag() + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    driver.manage().logs().get(LogType.BROWSER); // drain earlier entries
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(file.toUri().toString());
    assertThat((Boolean) js("return typeof Chart === 'function' && !!window.versusCharts")).isTrue();
  }

  private static long datasets(String id) {
    return number("var c = window.versusCharts[arguments[0]];"
        + " return c ? c.data.datasets.filter(d => d.data.length > 0).length : 0", id);
  }

  private static long kneeMarkers(String id) {
    return number("return window.versusCharts[arguments[0]].data.datasets"
        + ".filter(d => d.pointStyle === 'triangle').length", id);
  }

  private static long paintedPixels(String id) {
    return number("var c = document.getElementById('chart-' + arguments[0]);"
        + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        + " var n = 0; for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n", id);
  }

  private static void assertNoConsoleErrors() {
    List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
    assertThat(errors).as("console errors and warnings").isEmpty();
  }

  private static void assertNoNetwork() {
    List<String> requested = driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("\"Network.requestWillBeSent\""))
        .map(m -> m.replaceAll("(?s).*\"url\":\"([^\"]*)\".*", "$1"))
        .filter(HtmlReportBrowserTest::leavesTheMachine)
        .toList();
    assertThat(requested).as("requests outside file: and localhost").isEmpty();
    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) js(
        "return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(resources).as("Resource Timing entries").isEmpty();
  }

  /**
   * Whether a URL goes over the network to another host. file:, data:, about: and the browser's own
   * chrome: resources (e.g. its built-in fonts) do not.
   */
  private static boolean leavesTheMachine(String url) {
    if (!url.matches("(?i)(https?|wss?|ftp)://.*")) {
      return false;
    }
    String host = java.net.URI.create(url).getHost();
    return !("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host));
  }

  private static void screenshot(String name) throws Exception {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(shot.toPath(), target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @SuppressWarnings("unchecked")
  private static void fullPageScreenshot(String name) throws Exception {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
            "scale", 1)));
    byte[] png = java.util.Base64.getDecoder().decode((String) shot.get("data"));
    Files.write(Path.of("target").resolve(name), png);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static long number(String script, Object... args) {
    return ((Number) js(script, args)).longValue();
  }
}
