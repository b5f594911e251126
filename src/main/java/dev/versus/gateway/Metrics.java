package dev.versus.gateway;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The gateway's Prometheus metrics (text format 0.0.4). OpenTelemetry GenAI names where they
 * exist ({@code gen_ai.client.token.usage}, {@code gen_ai.client.operation.duration}, {@code
 * gen_ai.server.time_to_first_token}, with the exporter's unit suffixes), {@code versus_gateway_*}
 * for the rest. Thread-safe.
 */
final class Metrics {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final double[] DURATION_BUCKETS = {
    0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92
  };
  private static final double[] TTFT_BUCKETS = {
    0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0
  };
  private static final double[] TOKEN_BUCKETS = {
    1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304
  };

  /** Requests by route, backend and status; labels are built when rendered, not per request. */
  private final ConcurrentMap<Answered, LongAdder> requests = new ConcurrentHashMap<>();
  /** Each backend's label sets, built once (they were built four times per request). */
  private final ConcurrentMap<Backend, Labels> labels = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Histogram> durations = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Histogram> tokens = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Histogram> ttft = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, LongAdder> fallbacks = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();

  /** A request started; call {@link #finished} exactly once later. */
  void started() {
    inFlight.incrementAndGet();
  }

  void finished(String route, String backend, int status) {
    inFlight.decrementAndGet();
    requests.computeIfAbsent(new Answered(route, backend, status), k -> new LongAdder())
        .increment();
  }

  /** The series key of {@code versus_gateway_requests_total}. */
  private record Answered(String route, String backend, int status) {
    String labels() {
      return "route=\"" + esc(route) + "\",backend=\"" + esc(backend) + "\",status=\"" + status
          + "\"";
    }
  }

  /** A backend's GenAI labels, alone and with each token type. */
  private record Labels(String genAi, String input, String output) {
    static Labels of(Backend b) {
      String genAi = "gen_ai_operation_name=\"chat\",gen_ai_system=\"" + esc(b.system())
          + "\",gen_ai_request_model=\"" + esc(b.config().model()) + "\",versus_backend=\""
          + esc(b.name()) + "\"";
      return new Labels(genAi, genAi + ",gen_ai_token_type=\"input\"",
          genAi + ",gen_ai_token_type=\"output\"");
    }
  }

  private Labels labels(Backend backend) {
    return labels.computeIfAbsent(backend, Labels::of);
  }

  /** One upstream operation that produced an answer (or an upstream error). */
  void operation(Backend backend, double seconds, String errorType) {
    String genAi = labels(backend).genAi();
    String series = errorType.isEmpty() ? genAi : genAi + ",error_type=\"" + esc(errorType) + "\"";
    durations.computeIfAbsent(series, k -> new Histogram(DURATION_BUCKETS)).record(seconds);
  }

  void tokens(Backend backend, int input, int output) {
    Labels series = labels(backend);
    tokens.computeIfAbsent(series.input(), k -> new Histogram(TOKEN_BUCKETS)).record(input);
    tokens.computeIfAbsent(series.output(), k -> new Histogram(TOKEN_BUCKETS)).record(output);
  }

  void timeToFirstToken(Backend backend, double seconds) {
    ttft.computeIfAbsent(labels(backend).genAi(), k -> new Histogram(TTFT_BUCKETS))
        .record(seconds);
  }

  void fallback(String route) {
    fallbacks.computeIfAbsent("route=\"" + esc(route) + "\"", k -> new LongAdder()).increment();
  }

  String render(Collection<Backend> backends, LongSupplier logPending) {
    StringBuilder out = new StringBuilder(4096);
    counterFamily(out, "versus_gateway_requests_total",
        "Requests answered by the gateway, by route, backend and HTTP status.", byLabels(requests));
    histograms(out, "gen_ai_client_operation_duration_seconds",
        "GenAI operation duration (upstream call, retries included), in seconds.", durations);
    histograms(out, "gen_ai_client_token_usage",
        "Tokens used per upstream operation, by token type.", tokens);
    histograms(out, "gen_ai_server_time_to_first_token_seconds",
        "Time from request arrival to the first streamed token sent to the client, in seconds.",
        ttft);
    counterFamily(out, "versus_gateway_fallbacks_total",
        "Requests served by a fallback backend after the first choice failed.", fallbacks);
    gauge(out, "versus_gateway_requests_in_flight", "Requests being handled now.");
    out.append("versus_gateway_requests_in_flight ").append(inFlight.get()).append('\n');
    gauge(out, "versus_gateway_backend_in_flight", "Upstream requests holding a slot, per backend.");
    backends.forEach(b -> line(out, "versus_gateway_backend_in_flight", b, b.limiter().inFlight()));
    gauge(out, "versus_gateway_backend_queued", "Requests waiting for a slot, per backend.");
    backends.forEach(b -> line(out, "versus_gateway_backend_queued", b, b.limiter().waiting()));
    gauge(out, "versus_gateway_backend_capacity", "Concurrency cap per backend, 0 = none.");
    backends.forEach(b -> line(out, "versus_gateway_backend_capacity", b, b.limiter().capacity()));
    gauge(out, "versus_gateway_backend_circuit_open", "1 while the backend's breaker is open.");
    backends.forEach(b -> line(out, "versus_gateway_backend_circuit_open", b,
        b.breaker().state() == CircuitBreaker.State.OPEN ? 1 : 0));
    gauge(out, "versus_gateway_log_pending", "Interaction rows not yet in the store.");
    out.append("versus_gateway_log_pending ").append(logPending.getAsLong()).append('\n');
    return out.toString();
  }

  private static Map<String, LongAdder> byLabels(Map<Answered, LongAdder> series) {
    Map<String, LongAdder> out = new TreeMap<>();
    series.forEach((key, value) -> out.put(key.labels(), value));
    return out;
  }

  private static void counterFamily(
      StringBuilder out, String name, String help, Map<String, LongAdder> series) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" counter\n");
    new TreeMap<>(series).forEach((labels, value) ->
        out.append(name).append('{').append(labels).append("} ").append(value.sum()).append('\n'));
  }

  private static void histograms(
      StringBuilder out, String name, String help, Map<String, Histogram> series) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" histogram\n");
    new TreeMap<>(series).forEach((labels, h) -> h.render(out, name, labels));
  }

  private static void gauge(StringBuilder out, String name, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" gauge\n");
  }

  private static void line(StringBuilder out, String name, Backend b, long value) {
    out.append(name).append("{backend=\"").append(esc(b.name())).append("\"} ").append(value)
        .append('\n');
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.6g", value);
  }

  private static String esc(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
