package dev.versus.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium driven by its ChromeDriver, as every browser test of the project
 * starts it (Debian's {@code chromium} and {@code chromium-driver}; no browser download), with the
 * checks those tests share: painted canvas pixels, console errors, and requests leaving the machine.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriverService service, ChromeDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  /** Skips the calling test, with the install command, when Chromium or its driver is absent. */
  public static void assumeInstalled() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium not installed: apt-get install -y chromium chromium-driver to run this test");
  }

  /** Starts a browser with a fresh profile in {@code profile} (created) and logs enabled. */
  public static HeadlessChromium start(Path profile) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectory(profile));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new HeadlessChromium(service, new ChromeDriver(service, options));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Runs a script in the page. */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Runs a script that returns a number. */
  public long number(String script, Object... args) {
    return ((Number) js(script, args)).longValue();
  }

  /** Non-transparent pixels of the canvas {@code chart-ID}: 0 means nothing was drawn. */
  public long paintedPixels(String id) {
    return number("var c = document.getElementById('chart-' + arguments[0]);"
        + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        + " var n = 0; for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n", id);
  }

  /** Console warnings and errors logged since the last call (reading drains the log). */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** URLs requested from another host since the last call (reading drains the log). */
  public List<String> requestsLeavingTheMachine() {
    return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("\"Network.requestWillBeSent\""))
        .map(m -> m.replaceAll("(?s).*\"url\":\"([^\"]*)\".*", "$1"))
        .filter(HeadlessChromium::leavesTheMachine)
        .toList();
  }

  /** The page's Resource Timing entries (what it loaded besides the document). */
  @SuppressWarnings("unchecked")
  public List<String> resourceEntries() {
    return (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
  }

  /** Drops the console and network log entries gathered so far. */
  public void drainLogs() {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
  }

  /** Saves a screenshot of the viewport as {@code target/NAME}. */
  public void screenshot(String name) throws IOException {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Whether a URL goes over the network to another host. file:, data:, about: and the browser's own
   * chrome: resources (e.g. its built-in fonts) do not.
   */
  static boolean leavesTheMachine(String url) {
    if (!url.matches("(?i)(https?|wss?|ftp)://.*")) {
      return false;
    }
    String host = URI.create(url).getHost();
    return !("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host));
  }

  @Override
  public void close() {
    driver.quit();
    service.stop();
  }
}
