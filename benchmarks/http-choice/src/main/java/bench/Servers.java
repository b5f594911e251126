package bench;

import com.sun.net.httpserver.HttpServer;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/** The three candidate servers, each serving GET /json and GET /stream?n=N. */
final class Servers {
  private Servers() {}

  static void jdk(int port) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/json",
        ex -> {
          ex.getResponseHeaders().set("content-type", "application/json");
          ex.sendResponseHeaders(200, Payload.JSON.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(Payload.JSON);
          }
        });
    server.createContext(
        "/stream",
        ex -> {
          int n = Payload.events(ex.getRequestURI().getQuery());
          ex.getResponseHeaders().set("content-type", "text/event-stream");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < n; i++) {
              out.write(Payload.EVENT);
              out.flush();
            }
            out.write(Payload.DONE);
          }
        });
    server.start();
  }

  static void helidon(int port) {
    WebServer.builder()
        .host("127.0.0.1")
        .port(port)
        .backlog(4096)
        .routing(
            r ->
                r.get(
                        "/json",
                        (req, res) -> {
                          res.header(HeaderNames.CONTENT_TYPE, "application/json");
                          res.send(Payload.JSON);
                        })
                    .get(
                        "/stream",
                        (req, res) -> {
                          int n = Payload.events(req.query().rawValue());
                          res.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
                          try (OutputStream out = res.outputStream()) {
                            for (int i = 0; i < n; i++) {
                              out.write(Payload.EVENT);
                              out.flush();
                            }
                            out.write(Payload.DONE);
                          }
                        }))
        .build()
        .start();
  }

  static void jetty(int port) throws Exception {
    Server server = new Server(new VirtualThreadPool());
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    connector.setAcceptQueueSize(4096);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            String path = Request.getPathInContext(request);
            if (path.equals("/json")) {
              response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
              response.write(true, ByteBuffer.wrap(Payload.JSON), callback);
              return true;
            }
            int n = Payload.events(request.getHttpURI().getQuery());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream");
            try (OutputStream out = Content.Sink.asOutputStream(response)) {
              for (int i = 0; i < n; i++) {
                out.write(Payload.EVENT);
                out.flush();
              }
              out.write(Payload.DONE);
            }
            callback.succeeded();
            return true;
          }
        });
    server.start();
  }
}
