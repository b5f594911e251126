package dev.versus.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The simulated inference server: serves one or more {@link SimModel}s over HTTP in both the OpenAI
 * ({@code /v1/...}) and Gemini ({@code /v1beta/...}) wire formats on one port, with {@code /health}
 * and Prometheus {@code /metrics}. Every response carries {@code x-versus-simulated: true}. Usable
 * in process (tests, demo) and from {@code versus sim}. Thread-safe; owns the models it serves and
 * closes them on {@link #close()}.
 */
public final class SimServer implements AutoCloseable {
  private final JdkHttpAdapter http;
  private final List<SimModel> models;
  private final URI baseUri;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SimServer(JdkHttpAdapter http, List<SimModel> models, String host) {
    this.http = http;
    this.models = models;
    String literal = host.contains(":") ? "[" + host + "]" : host;
    this.baseUri = URI.create("http://" + literal + ":" + http.port());
  }

  /**
   * Binds and starts serving.
   *
   * @throws UncheckedIOException when the address cannot be bound (port taken, bad host)
   * @throws IllegalArgumentException when no model is given or two models share a name
   */
  public static SimServer start(List<SimModel> models, SimServerConfig config) {
    ModelDirectory directory = new ModelDirectory(models);
    try {
      JdkHttpAdapter http =
          JdkHttpAdapter.start(config.host(), config.port(), new Router(directory, config));
      return new SimServer(http, directory.all(), config.host());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
    }
  }

  /** One model, default configuration (loopback, any free port). */
  public static SimServer start(SimModel model) {
    return start(List.of(model), SimServerConfig.defaults());
  }

  /** {@code http://host:port}, without a trailing slash. */
  public URI baseUri() {
    return baseUri;
  }

  /** The OpenAI-format base URL clients take, {@code http://host:port/v1}. */
  public URI openAiBaseUri() {
    return URI.create(baseUri + "/v1");
  }

  /** The Gemini-format base URL, {@code http://host:port/v1beta}. */
  public URI geminiBaseUri() {
    return URI.create(baseUri + "/v1beta");
  }

  /** The bound TCP port (the real one when started on port 0). */
  public int port() {
    return http.port();
  }

  /** The models served, in the order given. */
  public List<SimModel> models() {
    return models;
  }

  /** Stops listening, drops open connections and closes the models. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.close();
      for (SimModel model : models) {
        model.close();
      }
    }
  }
}
