package dev.versus.provider;

import dev.versus.core.NanoClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * All HTTP plumbing of the provider clients in one place, so the HTTP library can be swapped after
 * measurement: a {@link java.net.http.HttpClient} (HTTP/1.1, virtual-thread executor) and a shared
 * watchdog that enforces read and total timeouts while a body streams by closing it.
 *
 * <p>Thread-safe; one instance per client, closed with it.
 */
public final class HttpTransport implements AutoCloseable {
  /**
   * The JDK client's selector wait when no timer is due, in milliseconds: its minimum, 1,000
   * (default 3,000). Closing a connection registered with the client's selector sends a FIN at once
   * but really closes the socket only when the selector next wakes; a server that notices a
   * disconnect only when a write fails (the simulator) then sees a cancelled stream that late, up
   * to this long on an otherwise idle client (measured: the gateway cancels in ~20 ms, the simulator
   * saw about one cancel in ten after 3 s with the default). Read once, when the JVM's first JDK
   * HTTP client starts; a value set by the user is kept.
   */
  static final String SELECTOR_TIMEOUT_PROPERTY = "jdk.internal.httpclient.selectorTimeout";

  static {
    if (System.getProperty(SELECTOR_TIMEOUT_PROPERTY) == null) {
      System.setProperty(SELECTOR_TIMEOUT_PROPERTY, "1000");
    }
  }

  private static final ScheduledExecutorService WATCHDOG = createWatchdog();

  private final HttpClient client;
  private final ExecutorService executor;
  private final ProviderConfig config;
  private final NanoClock clock;

  private HttpTransport(ProviderConfig config, NanoClock clock) {
    this.config = config;
    this.clock = clock;
    this.executor = Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("versus-http-", 0).factory());
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
  }

  /** A transport with the timeouts of {@code config}, timed by the system clock. */
  public static HttpTransport create(ProviderConfig config) {
    return new HttpTransport(Objects.requireNonNull(config, "config"), NanoClock.system());
  }

  /** A request builder for {@code uri} with the config's extra headers (secrets added by caller). */
  public HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    for (Map.Entry<String, String> header : config.headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    return builder;
  }

  /** A JSON POST request to {@code uri}. */
  public HttpRequest.Builder postJson(URI uri, byte[] body) {
    return request(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /**
   * Prepares one exchange; nothing is sent until {@link HttpExchange#run} or {@link
   * HttpExchange#readFully}.
   */
  public HttpExchange exchange(HttpRequest request) {
    return new HttpExchange(
        client, request, WATCHDOG, clock, config.readTimeout(), config.totalTimeout());
  }

  /** Starts {@code task} on a new virtual thread of this transport. */
  public void startThread(Runnable task) {
    executor.execute(task);
  }

  /** The configured read timeout (longest silence between bytes). */
  public Duration readTimeout() {
    return config.readTimeout();
  }

  @Override
  public void close() {
    client.shutdownNow();
    executor.shutdownNow();
  }

  private static ScheduledExecutorService createWatchdog() {
    ScheduledThreadPoolExecutor watchdog =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("versus-http-watchdog").daemon().factory());
    watchdog.setRemoveOnCancelPolicy(true);
    return watchdog;
  }
}
