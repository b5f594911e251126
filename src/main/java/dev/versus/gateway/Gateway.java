package dev.versus.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.NanoClock;
import dev.versus.store.GatewayLogRow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's request dispatcher and shared state: routes, backends, limits, the guard seam,
 * metrics and the interaction log. Independent of the HTTP server library. Thread-safe.
 */
final class Gateway {
  private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
  private static final Duration LOG_FAILURE_WINDOW = Duration.ofSeconds(30);
  private static final long MAX_PENDING_ROWS = 100_000;
  private static final double SPOOL_FULL = 0.9;
  private static final Map<String, String> JSON = Map.of("content-type", "application/json");

  private final GatewayConfig config;
  private final Map<String, Backend> backends;
  private final Map<String, Route> routes;
  private final Gate gate;
  private final Screener screener;
  private final LogContent content;
  private final InteractionLog log;
  private final NanoClock clock;
  private final Clock wallClock;
  private final RequestIds requestIds = RequestIds.create();
  private final Metrics metrics = new Metrics();
  private final Upstream upstream;
  private final ChatHandler chat;
  private final AtomicLong lastLogFailure = new AtomicLong(Long.MIN_VALUE);

  Gateway(GatewayConfig config, Map<String, Backend> backends, Map<String, Route> routes,
      Gate gate, Screener screener, LogContent content, InteractionLog log, NanoClock clock,
      Clock wallClock) {
    this.config = config;
    this.backends = Map.copyOf(backends);
    this.routes = Map.copyOf(routes);
    this.gate = gate;
    this.screener = screener;
    this.content = content;
    this.log = log;
    this.clock = clock;
    this.wallClock = wallClock;
    this.upstream = new Upstream(this.backends, clock, metrics);
    this.chat = new ChatHandler(this);
  }

  void handle(HttpIn in, HttpOut out) {
    String path = in.path();
    switch (path) {
      case "/v1/chat/completions", "/chat/completions" -> {
        if (!in.method().equals("POST")) {
          methodNotAllowed(out, "POST");
        } else {
          completions(in, out);
        }
      }
      case "/v1/models", "/models" -> models(out);
      case "/health" -> out.send(200, JSON, "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
      case "/ready" -> ready(out);
      case "/metrics" -> out.send(200, Map.of("content-type", Metrics.CONTENT_TYPE),
          (metrics.render(backends.values(), log::pending) + spoolMetrics())
              .getBytes(StandardCharsets.UTF_8));
      default -> {
        Interaction rec = newInteraction();
        metrics.started();
        try {
          ChatHandler.fail(out, rec, ApiError.of(404, "invalid_request_error", "unknown_url",
              "Unknown request URL: " + in.method() + " " + path
                  + " (this gateway serves POST /v1/chat/completions and GET /v1/models)"));
        } finally {
          finish(rec);
        }
      }
    }
  }

  private void completions(HttpIn in, HttpOut out) {
    Interaction rec = newInteraction();
    metrics.started();
    try {
      chat.handle(in, out, rec);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "request " + rec.requestId + " failed unexpectedly", e);
      rec.status = rec.status == 0 ? 500 : rec.status;
      rec.errorClass = rec.errorClass.isEmpty() ? "http_5xx" : rec.errorClass;
      rec.errorMessage = "internal error: " + e;
      try {
        out.send(500, JSON, OpenAiBodies.error(ApiError.of(500, "api_error", "internal_error",
            "the gateway failed unexpectedly (request " + rec.requestId + ")")));
      } catch (RuntimeException alreadySent) {
        // the response was already committed; the client sees the stream end
      }
    } finally {
      finish(rec);
    }
  }

  private Interaction newInteraction() {
    Instant now = wallClock.instant();
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
    String id = requestIds.next();
    return new Interaction(id, micros, clock.nanoTime());
  }

  private void finish(Interaction rec) {
    metrics.finished(rec.route, rec.backend, rec.status);
    rec.redacted = content.redacts();
    try {
      GatewayLogRow row = rec.toRow(clock.nanoTime());
      log.append(row);
    } catch (RuntimeException e) {
      lastLogFailure.set(clock.nanoTime());
      LOG.warning("could not log request " + rec.requestId + ": " + e); // once per request
    }
  }

  private void models(HttpOut out) {
    ObjectNode root = OpenAiBodies.object();
    root.put("object", "list");
    ArrayNode data = root.putArray("data");
    for (RouteConfig route : config.routes()) {
      data.addObject().put("id", route.model()).put("object", "model").put("created", 0)
          .put("owned_by", "versus-gateway");
    }
    out.send(200, JSON, OpenAiBodies.bytes(root));
  }

  private void ready(HttpOut out) {
    long failedAt = lastLogFailure.get();
    boolean logFailing = failedAt != Long.MIN_VALUE
        && clock.nanoTime() - failedAt < LOG_FAILURE_WINDOW.toNanos();
    long pending = log.pending();
    if (log instanceof SpoolingInteractionLog spool && spool.stats().fillRatio() >= SPOOL_FULL) {
      logFailing = true; // the spool is (nearly) full: new rows are about to be dropped
    }
    boolean ready = !backends.isEmpty() && !logFailing && pending < MAX_PENDING_ROWS;
    ObjectNode root = OpenAiBodies.object();
    root.put("status", ready ? "ready" : "not ready");
    root.put("backends", backends.size());
    root.put("log_failing", logFailing);
    root.put("log_pending", pending);
    out.send(ready ? 200 : 503, JSON, OpenAiBodies.bytes(root));
  }

  /** The spool's own series when the log is the durable spool, else nothing. */
  private String spoolMetrics() {
    return log instanceof SpoolingInteractionLog spool ? spool.stats().prometheusText() : "";
  }

  private static void methodNotAllowed(HttpOut out, String allowed) {
    out.send(405, Map.of("content-type", "application/json", "allow", allowed),
        OpenAiBodies.error(ApiError.of(405, "invalid_request_error", "method_not_allowed",
            "use " + allowed + " for this URL")));
  }

  GatewayConfig config() {
    return config;
  }

  Map<String, Backend> backends() {
    return backends;
  }

  Optional<Route> route(String name) {
    return Optional.ofNullable(routes.get(name));
  }

  List<String> routeNames() {
    return config.routes().stream().map(RouteConfig::model).toList();
  }

  Gate gate() {
    return gate;
  }

  Screener screener() {
    return screener;
  }

  LogContent content() {
    return content;
  }

  Metrics metrics() {
    return metrics;
  }

  Upstream upstream() {
    return upstream;
  }

  NanoClock clock() {
    return clock;
  }

  long epochSeconds() {
    return wallClock.instant().getEpochSecond();
  }
}
