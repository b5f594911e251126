package dev.versus.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The simulated inference server: serves one or more {@link SimModel}s over HTTP in both the OpenAI
 * ({@code /v1/...}) and Gemini ({@code /v1beta/...}) wire formats on one port, with {@code /health}
 * and Prometheus {@code /metrics}. Every response carries {@code x-versus-simulated: true}. Usable
 * in process (tests, demo) and from {@code versus sim}. Thread-safe; owns the models it serves and
 * closes them on {@link #close()}.
 *
 * <p>Streams: each SSE event is written as the engine produces it and flushed only when the next
 * one is not ready yet, so an instant model's events leave in a few large writes and a timed
 * model's leave one by one. A stream that stays silent for {@link
 * SimServerConfig#keepAliveInterval()} gets an SSE comment ({@code : keep-alive}); a client that
 * went away makes that write (or the next event's) fail, and the generation is cancelled at once,
 * so a disconnect is noticed within about two keep-alive intervals even during a long stall. A
 * non-streamed request is not watched while it generates: its disconnect shows only when the answer
 * is written. A simulated cut ({@link GenerationEvent.Cut}) drops the connection without finishing
 * the chunked body; a failure after the stream started ({@link GenerationEvent.Failed}) sends one
 * in-stream error event and ends the body without {@code [DONE]}.
 */
public final class SimServer implements AutoCloseable {
  private final JdkHttpAdapter http;
  private final List<SimModel> models;
  private final URI baseUri;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SimServer(JdkHttpAdapter http, List<SimModel> models, String host) {
    this.http = http;
    this.models = models;
    String reachable = isWildcard(host) ? "127.0.0.1" : host;
    String literal = reachable.contains(":") ? "[" + reachable + "]" : reachable;
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

  /** A server bound to every interface is reached locally through loopback. */
  static boolean isWildcard(String host) {
    try {
      return InetAddress.getByName(host).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** One model, default configuration (loopback, any free port). */
  public static SimServer start(SimModel model) {
    return start(List.of(model), SimServerConfig.defaults());
  }

  /**
   * {@code http://host:port}, without a trailing slash; loopback when bound to every interface
   * ({@code 0.0.0.0} or {@code ::}).
   */
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
