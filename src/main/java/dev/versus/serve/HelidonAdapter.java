package dev.versus.serve;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * The only class that knows Helidon SE: binds a {@link WebServer} and turns each request into a
 * {@link Request} for one handler. Helidon runs every request on its own virtual thread, so the
 * handler may block on the store.
 */
final class HelidonAdapter implements AutoCloseable {
  private final WebServer server;

  private HelidonAdapter(WebServer server) {
    this.server = server;
  }

  /** Starts listening on {@code host:port} (0 for any free port). */
  static HelidonAdapter start(String host, int port, Function<Request, Response> handler) {
    WebServer server = WebServer.builder()
        .host(host)
        .port(port)
        .maxPayloadSize(64 * 1024) // the dashboard only reads; no request needs a body
        .shutdownGracePeriod(Duration.ofMillis(500))
        .routing(r -> r.any((req, res) -> answer(req, res, handler)))
        .build()
        .start();
    if (!server.isRunning()) { // Helidon logs a failed bind and returns a stopped server
      server.stop();
      throw new IllegalStateException("the address is in use or not available on this machine");
    }
    return new HelidonAdapter(server);
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static void answer(
      ServerRequest req, ServerResponse res, Function<Request, Response> handler) {
    String method = req.prologue().method().text().toUpperCase(Locale.ROOT);
    Response response;
    try {
      response = handler.apply(Request.parse(method, req.path().rawPathNoParams(),
          req.query().rawValue(), req.headers().first(HeaderNames.ACCEPT_LANGUAGE).orElse("")));
    } catch (IllegalArgumentException e) { // a malformed percent escape in the path or query
      PageLanguage lang = PageLanguage.of(dev.versus.report.ReportLanguage.EN, false);
      response = MessagePages.error(400, lang.format("dash.error.malformed", e.getMessage()), lang);
    }
    res.status(Status.create(response.status()));
    res.header(HeaderNames.CONTENT_TYPE, response.mediaType());
    res.header("Content-Security-Policy", Page.CSP);
    res.header("X-Content-Type-Options", "nosniff");
    res.header("Referrer-Policy", "no-referrer");
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    response.headers().forEach(res::header);
    if (method.equals("HEAD")) {
      res.header(HeaderNames.CONTENT_LENGTH, Integer.toString(response.body().length));
      res.send();
    } else {
      res.send(response.body());
    }
  }
}
