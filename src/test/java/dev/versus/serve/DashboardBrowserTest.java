package dev.versus.serve;

import static dev.versus.serve.DashboardFixtures.FLASH;
import static dev.versus.serve.DashboardFixtures.MAVERICK;
import static dev.versus.serve.DashboardFixtures.MAVERICK_AGAIN;
import static dev.versus.serve.DashboardFixtures.NEWEST_FIRST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.store.Store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.versus.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;


import org.openqa.selenium.chrome.ChromeDriver;





import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (the system one: {@code apt-get install chromium
 * chromium-driver}) over loopback: the runs list shows the seeded runs, a run page draws its
 * charts, the comparison form leads to a page with both runs, no page logs a console warning or
 * error, and nothing is requested outside localhost. Screenshots go to {@code
 * target/dashboard-runs.png}, {@code target/dashboard-run.png} and {@code
 * target/dashboard-compare.png}. Skipped when Chromium is not installed.
 */
class DashboardBrowserTest {

  @TempDir static Path temp;
  private static Store store;
  private static Dashboard dashboard;
  private static ChromeDriver driver;
  private static HeadlessChromium browser;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeInstalled();
    store = DashboardFixtures.seededStore(temp);
    dashboard = Dashboard.start(DashboardConfig.defaults().withPort(0), store.runs(),
        DashboardFixtures::report);
    browser = HeadlessChromium.start(temp.resolve("profile"));
    driver = browser.driver();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (dashboard != null) {
      dashboard.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void runsList_seededStore_showsEveryRunWithoutErrorsOrNetwork() throws Exception {
    open("/");

    @SuppressWarnings("unchecked")
    List<String> rows = (List<String>) js(
        "return [...document.querySelectorAll('#runs tbody tr')].map(r => r.dataset.run)");
    assertThat(rows).containsExactlyElementsOf(NEWEST_FIRST);
    assertThat(driver.findElement(By.cssSelector("tr[data-run='" + FLASH + "']")).getText())
        .contains("Gemini 2.5 Flash sweep", "simulated", "completed");
    assertNoConsoleErrors();
    assertNoNetworkOutsideLocalhost();
    screenshot("dashboard-runs.png");
  }

  @Test
  void runPage_runWithReport_everyChartDraws() throws Exception {
    open("/runs/" + FLASH);

    assertThat((Boolean) js("return typeof Chart === 'function' && !!window.versusCharts")).isTrue();
    @SuppressWarnings("unchecked")
    List<String> charts = (List<String>) js("return Object.keys(window.versusCharts)");
    assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
    for (String id : charts) {
      assertThat(paintedPixels(id)).as("painted pixels of chart " + id).isGreaterThan(500);
    }
    assertThat(driver.findElement(By.id("dashbar")).getText()).contains(FLASH, "claims", "JSON");
    assertNoConsoleErrors();
    assertNoNetworkOutsideLocalhost();
    screenshot("dashboard-run.png");
  }

  @Test
  void compareForm_twoRuns_showsBothRunsInTheSameCharts() throws Exception {
    open("/");
    new Select(driver.findElement(By.name("a"))).selectByValue(FLASH);
    new Select(driver.findElement(By.name("b"))).selectByValue(MAVERICK);
    driver.findElement(By.cssSelector("form.compare button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/compare?"));
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) js(
        "return document.readyState === 'complete' && !!window.versusCharts"));

    assertThat(driver.findElement(By.id("dashbar")).getText()).contains(FLASH, MAVERICK);
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) js("var c = window.versusCharts['ttft-concurrency'];"
        + " return c.data.datasets.filter(d => d.data.length > 0).map(d => d.label)");
    assertThat(String.join(" | ", labels)).contains("Gemini 2.5 Flash", "Llama 4 Maverick");
    assertThat(paintedPixels("ttft-concurrency")).isGreaterThan(500);
    assertNoConsoleErrors();
    assertNoNetworkOutsideLocalhost();
    screenshot("dashboard-compare.png");
  }

  @Test
  void compare_runsThatDoNotCombine_bothReportsDrawInTheirColumns() throws Exception {
    open("/compare?a=" + MAVERICK + "&b=" + MAVERICK_AGAIN);

    List<org.openqa.selenium.WebElement> frames = driver.findElements(By.tagName("iframe"));
    assertThat(frames).hasSize(2);
    for (org.openqa.selenium.WebElement frame : frames) {
      driver.switchTo().frame(frame);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) js(
            "return document.readyState === 'complete' && !!window.versusCharts"));
        assertThat(paintedPixels("ttft-concurrency")).isGreaterThan(500);
      } finally {
        driver.switchTo().defaultContent();
      }
    }
    assertNoConsoleErrors();
  }

  @Test
  void pages_onAPhone_doNotScrollSideways() throws Exception {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      for (String path : List.of("/", "/runs/" + FLASH, "/runs/" + FLASH + "/claims",
          "/compare?a=" + FLASH + "&b=" + MAVERICK)) {
        open(path);
        assertThat(number("return window.innerWidth")).as("viewport of " + path).isEqualTo(390);
        assertThat(number("return document.documentElement.scrollWidth")).as(path + " "
            + js("return [...document.querySelectorAll('body *')].filter(e =>"
                + " e.getBoundingClientRect().right > 390).slice(0, 5).map(e => e.tagName + '.'"
                + " + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"))
            .isLessThanOrEqualTo(390);
      }
      assertNoConsoleErrors();
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static void open(String path) {
    browser.drainLogs();
    driver.get(URI.create("http://127.0.0.1:" + dashboard.port() + path).toString());
  }

  private static long paintedPixels(String id) {
    return browser.paintedPixels(id);
  }

  private static void assertNoConsoleErrors() {
    assertThat(browser.consoleErrors()).as("console errors and warnings").isEmpty();
  }

  private static void assertNoNetworkOutsideLocalhost() {
    assertThat(browser.requestsLeavingTheMachine()).as("requests outside localhost").isEmpty();
    assertThat(browser.resourceEntries()).as("Resource Timing entries (the page loads nothing)")
        .isEmpty();
  }


  private static void screenshot(String name) throws Exception {
    browser.screenshot(name);
  }

  private static Object js(String script, Object... args) {
    return browser.js(script, args);
  }

  private static long number(String script, Object... args) {
    return browser.number(script, args);
  }
}
