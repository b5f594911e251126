package dev.versus.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test HTTP server on 127.0.0.1 (port 0) that answers each route with an exact {@link Script},
 * records the requests it received, and notices when a client disconnects during a {@link
 * Script.Hold} (or any write).
 */
public final class ScriptedHttpServer implements AutoCloseable {

  /** A request as the server received it, with the client's port (same port: same connection). */
  public record Received(
      String method, URI uri, Map<String, List<String>> headers, String body, int clientPort) {
    /** The first value of a header (case-insensitive), or empty. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
          return entry.getValue().get(0);
        }
      }
      return "";
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Script> routes = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstRequest = new CountDownLatch(1);
  private final CountDownLatch disconnected = new CountDownLatch(1);
  /** When ({@link System#nanoTime()}) each write failed because the client had gone, in order. */
  private final BlockingQueue<Long> disconnectTimes = new LinkedBlockingQueue<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  private ScriptedHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server with no routes. */
  public static ScriptedHttpServer start() {
    try {
      return new ScriptedHttpServer();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the scripted server", e);
    }
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /**
   * Answers requests to {@code path} (any method) with {@code script}. A path with a query matches
   * only that exact query; a path without one matches any query not routed exactly.
   */
  public ScriptedHttpServer route(String path, Script script) {
    routes.put(path, script);
    return this;
  }

  public List<Received> requests() {
    return List.copyOf(received);
  }

  /** Waits until a first request arrived. */
  public boolean awaitRequest(Duration bound) throws InterruptedException {
    return firstRequest.await(bound.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Waits until a write to a client failed because it disconnected. */
  public boolean awaitDisconnect(Duration bound) throws InterruptedException {
    return disconnected.await(bound.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Waits for the next disconnect not yet taken and returns when ({@link System#nanoTime()}) the
   * failed write noticed it, or empty when none came within {@code bound}.
   */
  public OptionalLong nextDisconnect(Duration bound) throws InterruptedException {
    Long at = disconnectTimes.poll(bound.toMillis(), TimeUnit.MILLISECONDS);
    return at == null ? OptionalLong.empty() : OptionalLong.of(at);
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
        Map.copyOf(exchange.getRequestHeaders()), body, exchange.getRemoteAddress().getPort()));
    firstRequest.countDown();
    URI uri = exchange.getRequestURI();
    Script script = uri.getRawQuery() == null ? null
        : routes.get(uri.getPath() + "?" + uri.getRawQuery());
    if (script == null) {
      script = routes.get(uri.getPath());
    }
    if (script == null) {
      script = Script.json(404, "{\"error\":{\"message\":\"no route\",\"code\":404}}");
    }
    try {
      play(exchange, script);
    } catch (IOException e) {
      disconnectTimes.add(System.nanoTime());
      disconnected.countDown();
    } finally {
      exchange.close();
    }
  }

  private void play(HttpExchange exchange, Script script) throws IOException {
    if (!script.headerDelay().isZero() && pause(script.headerDelay())) {
      return;
    }
    script.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    long length = 0;
    if (script.cut()) {
      for (Script.Step step : script.steps()) {
        if (step instanceof Script.Write write) {
          length += write.bytes().length;
        }
      }
      length += 4096;
    }
    exchange.sendResponseHeaders(script.status(), length);
    OutputStream out = exchange.getResponseBody();
    for (Script.Step step : script.steps()) {
      switch (step) {
        case Script.Write write -> {
          out.write(write.bytes());
          out.flush();
        }
        case Script.Pause p -> {
          if (pause(p.duration())) {
            return;
          }
        }
        case Script.Hold hold -> {
          long end = System.nanoTime() + hold.max().toNanos();
          while (System.nanoTime() < end) {
            out.write(hold.bytes());
            out.flush();
            if (pause(hold.interval())) {
              return;
            }
          }
        }
      }
    }
    if (script.cut()) {
      // ending a fixed-length body early makes the server drop the connection: the cut
      exchange.close();
    }
  }

  /** Sleeps, returning true when the server is closing meanwhile. */
  private boolean pause(Duration duration) {
    try {
      return closing.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
