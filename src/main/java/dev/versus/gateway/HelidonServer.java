package dev.versus.gateway;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.Status;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http1.Http1ConnectionListener;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The only class that knows Helidon SE: binds a {@link WebServer} and hands every request to one
 * handler as an {@link HttpIn} / {@link HttpOut} pair. Helidon runs each request on its own
 * virtual thread, so the handler may block.
 *
 * <p>Client disconnects ({@link HttpIn#client()}): Helidon's HTTP/1 connection reads a request's
 * prologue and headers and routes it on one virtual thread, and reads nothing more from the socket
 * until the handler returns; so a client that closes while a non-streamed request waits for its
 * backend is invisible (nothing is written then, so no write can fail). A receive listener
 * remembers each request's connection in a thread local; the first {@code whenGone} starts a
 * {@link ConnectionWatch} that reads ahead on the connection's own reader on another thread.
 */
final class HelidonServer implements AutoCloseable {
  private final WebServer server;

  private HelidonServer(WebServer server) {
    this.server = server;
  }

  /** Starts listening on {@code host:port} (0 for any free port). */
  static HelidonServer start(String host, int port, BiConsumer<HttpIn, HttpOut> handler) {
    WebServer server =
        WebServer.builder()
            .host(host)
            .port(port)
            .backlog(4096)
            // Helidon leaves Nagle on by default: small writes (an SSE event, a response after its
            // headers) then wait for the client's delayed ACK, ~40 ms each (BENCHMARKS.md)
            .connectionOptions(o -> o.tcpNoDelay(true))
            .addProtocol(Http1Config.builder()
                // a client's headers are checked as they are parsed; the gateway's own response
                // headers are constants, generated ids and backend names checked at config load
                .validateRequestHeaders(true)
                .validateResponseHeaders(false)
                .addReceiveListener(new Http1ConnectionListener() {
              @Override
              public void headers(ConnectionContext ctx, Headers headers) {
                ConnectionWatch.CONNECTION.set(ctx);
              }
            }).build())
            .maxPayloadSize(-1) // the gateway enforces its own limit with an OpenAI-style 413
            .shutdownGracePeriod(java.time.Duration.ofMillis(500))
            .routing(r -> r.any((req, res) -> {
              ConnectionWatch watch =
                  new ConnectionWatch(Optional.ofNullable(ConnectionWatch.CONNECTION.get()));
              try {
                handler.accept(in(req, watch), new Out(res));
              } finally {
                watch.finish();
              }
            }))
            .build()
            .start();
    return new HelidonServer(server);
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static HttpIn in(ServerRequest req, ConnectionWatch watch) {
    return new HttpIn(
        req.prologue().method().text().toUpperCase(Locale.ROOT),
        req.path().path(),
        name -> req.headers().first(HeaderNames.create(name)),
        req.headers().contentLength(),
        req.content().inputStream(),
        watch);
  }

  private record Out(ServerResponse res) implements HttpOut {
    @Override
    public void send(int status, Map<String, String> headers, byte[] body) {
      res.status(Status.create(status));
      headers.forEach((name, value) -> res.header(headerName(name), value));
      res.send(body);
    }

    @Override
    public EventSink openEvents(Map<String, String> headers) {
      res.status(Status.OK_200);
      res.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
      res.header(HeaderNames.CACHE_CONTROL, "no-cache");
      headers.forEach((name, value) -> res.header(headerName(name), value));
      return new Events(res.outputStream());
    }
  }

  /** Helidon's names of the gateway's own response headers (a fixed set), made once each. */
  private static final ConcurrentHashMap<String, HeaderName> HEADER_NAMES = new ConcurrentHashMap<>();

  private static HeaderName headerName(String name) {
    HeaderName known = HEADER_NAMES.get(name);
    return known != null ? known : HEADER_NAMES.computeIfAbsent(name, HeaderNames::create);
  }

  /** The event sink of one response: a buffer in front of Helidon's chunked output stream. */
  private static final class Events implements HttpOut.EventSink {
    private final OutputStream out;
    private byte[] pending = new byte[2048];
    private int length;
    private boolean gone;

    Events(OutputStream out) {
      this.out = out;
    }

    @Override
    public boolean write(byte[] bytes) {
      if (gone) {
        return false;
      }
      if (length + bytes.length > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + bytes.length));
      }
      System.arraycopy(bytes, 0, pending, length, bytes.length);
      length += bytes.length;
      return true;
    }

    @Override
    public boolean flush() {
      return send(false);
    }

    @Override
    public boolean close() {
      return send(true);
    }

    private boolean send(boolean last) {
      if (gone) {
        return false;
      }
      try {
        if (length > 0) {
          out.write(pending, 0, length);
          length = 0;
        }
        if (last) {
          out.close();
        } else {
          out.flush();
        }
        return true;
      } catch (IOException | RuntimeException e) { // RuntimeException: Helidon's on a closed socket
        gone = true;
        return false;
      }
    }
  }
}
