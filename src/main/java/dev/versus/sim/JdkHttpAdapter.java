package dev.versus.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The only class that knows the server library: the JDK's {@code com.sun.net.httpserver} with one
 * virtual thread per exchange. Swapping the library means rewriting this file only.
 */
final class JdkHttpAdapter implements AutoCloseable {
  static {
    // SSE events are small writes whose timing is the point: Nagle's algorithm would hold one back
    // until the client acknowledges the previous one. The JDK server reads this property once, when
    // its configuration class loads; a value set by the user wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /**
   * Connections the kernel may queue before the server accepts them (Linux caps it at somaxconn,
   * 4096 by default); a burst of thousands of streams would otherwise see SYN retries of 1 s and
   * more.
   */
  private static final int ACCEPT_BACKLOG = 4096;

  /** Handles one exchange; runs on its own virtual thread. */
  interface Handler {
    void handle(Exchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private JdkHttpAdapter(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static {
    // The JDK server leaves Nagle's algorithm on unless told otherwise (read once, when its config
    // class loads). With it on, a stream's first small chunk waits for the client's delayed ACK
    // (~40 ms on Linux), so TTFT would measure TCP rather than the simulated model.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Binds and starts serving every path with {@code handler}. */
  static JdkHttpAdapter start(String host, int port, Handler handler) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), ACCEPT_BACKLOG);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext(
        "/",
        http -> {
          JdkExchange exchange = new JdkExchange(http);
          try {
            handler.handle(exchange);
          } finally {
            exchange.close();
          }
        });
    server.start();
    return new JdkHttpAdapter(server, executor);
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Thrown out of the handler so that the JDK server closes the socket mid-response. */
  static final class ConnectionAborted extends RuntimeException {
    ConnectionAborted() {
      super("connection cut on purpose (simulated fault)", null, false, false);
    }
  }

  private static final class JdkExchange implements Exchange {
    private final HttpExchange http;
    private boolean aborted;

    JdkExchange(HttpExchange http) {
      this.http = http;
    }

    @Override
    public String method() {
      return http.getRequestMethod();
    }

    @Override
    public String path() {
      String path = http.getRequestURI().getPath();
      return path == null ? "/" : path;
    }

    @Override
    public String query() {
      String query = http.getRequestURI().getRawQuery();
      return query == null ? "" : query;
    }

    @Override
    public Optional<String> header(String name) {
      return Optional.ofNullable(http.getRequestHeaders().getFirst(name));
    }

    @Override
    public InputStream requestBody() {
      return http.getRequestBody();
    }

    @Override
    public void respond(int status, String contentType, byte[] body, Map<String, String> headers)
        throws IOException {
      setHeaders(contentType, headers);
      http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = http.getResponseBody()) {
        out.write(body);
      }
    }

    @Override
    public OutputStream openStream(int status, String contentType, Map<String, String> headers)
        throws IOException {
      setHeaders(contentType, headers);
      http.getResponseHeaders().set("Cache-Control", "no-cache");
      http.sendResponseHeaders(status, 0);
      return http.getResponseBody();
    }

    private void setHeaders(String contentType, Map<String, String> headers) {
      var out = http.getResponseHeaders();
      out.set("Content-Type", contentType);
      out.set("x-versus-simulated", "true");
      headers.forEach(out::set);
    }

    @Override
    public void close() {
      if (!aborted) {
        http.close();
      }
    }

    @Override
    public RuntimeException abort() {
      aborted = true;
      try {
        http.getResponseBody().flush();
      } catch (IOException e) {
        return new UncheckedIOException(e);
      }
      return new ConnectionAborted();
    }
  }
}
