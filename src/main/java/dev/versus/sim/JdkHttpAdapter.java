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
 *
 * <p>Two JDK server settings are changed unless the user set them, both read by the JDK once per
 * JVM when its first server starts (so they take effect in {@code versus sim} and in any process
 * whose first JDK server is a simulator): sockets get {@code TCP_NODELAY} ({@code
 * sun.net.httpserver.nodelay}), because with Nagle's algorithm each small write (an SSE event, the
 * last chunk) waits for the client to acknowledge the previous one, and a client that delays its
 * ACKs (40 ms on Linux) sees bunched streams and a 40 ms floor on every streamed response; and up to
 * {@value #MAX_IDLE_CONNECTIONS} keep-alive connections may be idle at once ({@code
 * sun.net.httpserver.maxIdleConnections}, default 200), because beyond the limit the JDK server
 * closes a connection as soon as its response ends, which a load generator with more than 200
 * clients sees as failed requests. Idle connections still close after the JDK's idle interval.
 */
final class JdkHttpAdapter implements AutoCloseable {
  private static final int MAX_IDLE_CONNECTIONS = 100_000;

  static {
    setUnlessSet("sun.net.httpserver.nodelay", "true");
    setUnlessSet("sun.net.httpserver.maxIdleConnections", Integer.toString(MAX_IDLE_CONNECTIONS));
  }

  /**
   * Connections the kernel may queue before the server accepts them (Linux caps it at somaxconn,
   * 4096 by default); a burst of thousands of streams would otherwise see SYN retries of 1 s and
   * more.
   */
  private static final int ACCEPT_BACKLOG = 4096;

  private static void setUnlessSet(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

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
