package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;


import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.versus.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import org.openqa.selenium.chrome.ChromeDriver;






/**
 * Opens rendered reports in a real headless Chromium (the system one: {@code apt-get install
 * chromium chromium-driver}) and checks what only a browser can: the charts draw, nothing is logged
 * to the console, nothing is fetched from the network, and a phone-sized viewport does not scroll
 * sideways. Screenshots go to {@code target/report-screenshot.png} and {@code
 * target/report-screenshot-es.png}. Skipped when Chromium is not installed.
 */
class HtmlReportBrowserTest {
  private static final List<String> CHART_IDS = List.of("cdf-ttft-concurrency",
      "cdf-e2e-concurrency", "ttft-concurrency", "itl-concurrency", "tput-concurrency",
      "errors-concurrency", "kv-concurrency", "quality", "cost");

  @TempDir static Path temp;
  private static ChromeDriver driver;
  private static HeadlessChromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    HeadlessChromium.assumeInstalled();
    browser = HeadlessChromium.start(temp.resolve("profile"));
    driver = browser.driver();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
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
    browser.drainLogs();
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
    return browser.paintedPixels(id);
  }

  private static void assertNoConsoleErrors() {
    assertThat(browser.consoleErrors()).as("console errors and warnings").isEmpty();
  }

  private static void assertNoNetwork() {
    assertThat(browser.requestsLeavingTheMachine()).as("requests outside file: and localhost").isEmpty();
    assertThat(browser.resourceEntries()).as("Resource Timing entries (the page loads nothing)")
        .isEmpty();
  }


  private static void screenshot(String name) throws Exception {
    browser.screenshot(name);
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
    return browser.js(script, args);
  }

  private static long number(String script, Object... args) {
    return browser.number(script, args);
  }
}
