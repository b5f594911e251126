package dev.versus.provider;

import dev.versus.core.NanoClock;
import java.net.URI;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.http1.Http1Client;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * All HTTP plumbing of the provider clients in one place, so the HTTP library can be swapped after
 * measurement: Helidon's blocking HTTP/1.1 client ({@link Http1Client}, chosen over the JDK's
 * {@code java.net.http.HttpClient} for its CPU cost per request: BENCHMARKS.md, "HTTP client for
 * many small requests"), its own pool of keep-alive connections, and a shared watchdog that
 * enforces read and total timeouts by aborting the exchange, which closes its connection.
 *
 * <p>Thread-safe; one instance per client, closed with it.
 */
public final class HttpTransport implements AutoCloseable {
  private static final ScheduledExecutorService WATCHDOG = createWatchdog();
  /**
   * Idle keep-alive connections kept per host: as many as a bench or gateway has requests in
   * flight, so connections are reused rather than closed after each response.
   */
  private static final int IDLE_CONNECTIONS_PER_HOST = 20_000;
  /**
   * The socket read timeout is only a backstop behind the watchdog (which reports the configured
   * read timeout precisely): this much longer.
   */
  private static final Duration SOCKET_TIMEOUT_MARGIN = Duration.ofSeconds(5);

  private final Http1Client client;
  private final ExecutorService executor;
  private final ProviderConfig config;
  private final NanoClock clock;

  private HttpTransport(ProviderConfig config, NanoClock clock) {
    this.config = config;
    this.clock = clock;
    this.executor = Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("versus-http-", 0).factory());
    this.client = Http1Client.builder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout().plus(SOCKET_TIMEOUT_MARGIN))
        .followRedirects(false)
        .sendExpectContinue(false)
        .shareConnectionCache(false)
        .connectionCacheSize(IDLE_CONNECTIONS_PER_HOST)
        // no proxy, as before with the JDK client; also spares a system-proxy lookup per request
        .proxy(Proxy.noProxy())
        // the headers sent are checked once as requests are built (OutboundRequest.Builder.header)
        .protocolConfig(p -> p.validateRequestHeaders(false))
        .build();
  }

  /** A transport with the timeouts of {@code config}, timed by the system clock. */
  public static HttpTransport create(ProviderConfig config) {
    return new HttpTransport(Objects.requireNonNull(config, "config"), NanoClock.system());
  }

  /** A request builder for {@code uri} with the config's extra headers (secrets added by caller). */
  public OutboundRequest.Builder request(URI uri) {
    OutboundRequest.Builder builder = new OutboundRequest.Builder(uri);
    for (Map.Entry<String, String> header : config.headers().entrySet()) {
      builder.header(header.getKey(), header.getValue());
    }
    return builder;
  }

  /** A JSON POST request to {@code uri}. */
  public OutboundRequest.Builder postJson(URI uri, byte[] body) {
    return request(uri).header("Content-Type", "application/json").post(body);
  }

  /**
   * Prepares one exchange; nothing is sent until {@link HttpExchange#run} or {@link
   * HttpExchange#readFully}.
   */
  public HttpExchange exchange(OutboundRequest request) {
    return new HttpExchange(client, request, executor, WATCHDOG, clock, config.readTimeout(),
        config.totalTimeout());
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
    client.closeResource();
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
