package dev.versus.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scrapes a Prometheus text endpoint (e.g. vLLM's or the simulator's {@code /metrics}) on a virtual
 * thread at a fixed interval while a load level runs, keeping the largest value of each {@link
 * #WATCHED} series. Start it with {@link #start}, end it with {@link #stop}. A failed scrape is
 * counted, never thrown: the bench goes on without server metrics.
 */
public final class PrometheusScraper {
  /** The series kept: vLLM's names plus the simulator's memory gauge. */
  public static final Set<String> WATCHED =
      Set.of(
          ServerMetrics.KV_CACHE_USAGE,
          ServerMetrics.RUNNING,
          ServerMetrics.WAITING,
          ServerMetrics.MEMORY_BYTES);

  private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(2);

  private final URI url;
  private final Duration interval;
  private final HttpClient client;
  private final Map<String, Double> maxima = new HashMap<>();
  private final Thread thread;
  private int scrapes;
  private int failures;
  private volatile boolean stopping;

  private PrometheusScraper(URI url, Duration interval, HttpClient client) {
    this.url = url;
    this.interval = interval;
    this.client = client;
    this.thread = Thread.ofVirtual().name("versus-metrics-scraper").unstarted(this::loop);
  }

  /**
   * Starts scraping {@code url} now and every {@code interval} after.
   *
   * @param client an HTTP client the caller owns (one per run is enough)
   */
  public static PrometheusScraper start(URI url, Duration interval, HttpClient client) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(client, "client");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("scrape interval must be positive, got " + interval);
    }
    PrometheusScraper scraper = new PrometheusScraper(url, interval, client);
    scraper.thread.start();
    return scraper;
  }

  /** Scrapes once more, stops and returns the maxima seen. */
  public ServerMetrics stop() {
    stopping = true;
    thread.interrupt();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    scrapeOnce();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      return new ServerMetrics(url.toString(), scrapes, failures, maxima);
    }
  }

  private void loop() {
    while (!stopping) {
      scrapeOnce();
      try {
        Thread.sleep(interval);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void scrapeOnce() {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(SCRAPE_TIMEOUT).GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        failed();
        return;
      }
      Map<String, Double> values = PrometheusText.sums(response.body(), WATCHED);
      synchronized (this) {
        scrapes++;
        values.forEach((name, value) -> maxima.merge(name, value, Math::max));
      }
    } catch (IOException | IllegalArgumentException e) {
      failed();
    } catch (InterruptedException e) {
      // stop() interrupts the loop mid-scrape; its own final scrape runs on the caller's thread.
      failed();
    }
  }

  private synchronized void failed() {
    failures++;
  }
}
