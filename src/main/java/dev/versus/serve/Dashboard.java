package dev.versus.serve;

import dev.versus.store.Runs;
import java.net.URI;
import java.util.Objects;

/**
 * The {@code versus serve} web app: pages over the store's runs, served until {@link #close()}.
 *
 * <pre>{@code
 * try (Dashboard dashboard = Dashboard.start(DashboardConfig.defaults(), store.runs(), source)) {
 *   System.out.println(dashboard.uri());
 *   ...
 * }
 * }</pre>
 *
 * <p>Requests are answered on virtual threads; the runs and the report source are read
 * concurrently and must be thread-safe.
 */
public final class Dashboard implements AutoCloseable {
  private final HelidonAdapter server;
  private final String host;

  private Dashboard(HelidonAdapter server, String host) {
    this.server = server;
    this.host = host;
  }

  /**
   * Binds the configured address and starts serving.
   *
   * @throws ServeException when the address cannot be bound (e.g. the port is taken)
   */
  public static Dashboard start(DashboardConfig config, Runs runs, RunReportSource reports) {
    Objects.requireNonNull(config, "config");
    Router router = new Router(Objects.requireNonNull(runs, "runs"),
        Objects.requireNonNull(reports, "reports"), config);
    try {
      return new Dashboard(HelidonAdapter.start(config.host(), config.port(), router::handle),
          config.host());
    } catch (RuntimeException e) {
      throw new ServeException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + e.getMessage(), e);
    }
  }

  /** The bound port (the chosen one when the configuration asked for 0). */
  public int port() {
    return server.port();
  }

  /** The address to open in a browser, e.g. {@code http://127.0.0.1:8090/}. */
  public URI uri() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  /** Stops serving; requests in flight get a short grace period. */
  @Override
  public void close() {
    server.close();
  }
}
