package dev.versus.serve;

import static dev.versus.serve.DashboardFixtures.FLASH;
import static dev.versus.serve.DashboardFixtures.MAVERICK;
import static dev.versus.serve.DashboardFixtures.MAVERICK_AGAIN;
import static dev.versus.serve.DashboardFixtures.NEWEST_FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.store.Store;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
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
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path temp;
  private static Store store;
  private static Dashboard dashboard;
  private static ChromeDriver driver;
  private static ChromeDriverService service;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium not installed: apt-get install -y chromium chromium-driver to run this test");
    store = DashboardFixtures.seededStore(temp);
    dashboard = Dashboard.start(DashboardConfig.defaults().withPort(0), store.runs(),
        DashboardFixtures::report);
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
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
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
    driver.manage().logs().get(LogType.BROWSER); // drain earlier entries
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(URI.create("http://127.0.0.1:" + dashboard.port() + path).toString());
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

  private static void assertNoNetworkOutsideLocalhost() {
    List<String> requested = driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("\"Network.requestWillBeSent\""))
        .map(m -> m.replaceAll("(?s).*\"url\":\"([^\"]*)\".*", "$1"))
        .filter(DashboardBrowserTest::leavesTheMachine)
        .toList();
    assertThat(requested).as("requests outside localhost").isEmpty();
    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) js(
        "return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(resources).as("Resource Timing entries (the page loads nothing)").isEmpty();
  }

  /** Whether a URL goes over the network to another host; data:, about: and chrome: do not. */
  private static boolean leavesTheMachine(String url) {
    if (!url.matches("(?i)(https?|wss?|ftp)://.*")) {
      return false;
    }
    String host = URI.create(url).getHost();
    return !("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host));
  }

  private static void screenshot(String name) throws Exception {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static long number(String script, Object... args) {
    return ((Number) js(script, args)).longValue();
  }
}
