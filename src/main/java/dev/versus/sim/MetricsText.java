package dev.versus.sim;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Renders {@code /metrics} in the Prometheus text format (0.0.4) with vLLM's metric names and a
 * {@code model_name} label, so that a reader of a real vLLM server reads the simulator the same
 * way, plus {@code versus_sim_*} series. {@code versus_sim_info{simulated="true"}} marks every
 * scrape as simulated.
 */
final class MetricsText {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private MetricsText() {}

  private record Series(String name, String type, String help, ToDoubleFunction<SimStats> value) {}

  private static final List<Series> SERIES =
      List.of(
          new Series(
              "vllm:num_requests_running",
              "gauge",
              "Number of requests in the running batch (simulated).",
              s -> s.running()),
          new Series(
              "vllm:num_requests_waiting",
              "gauge",
              "Number of requests waiting for admission (simulated).",
              s -> s.waiting()),
          new Series(
              "vllm:kv_cache_usage_perc",
              "gauge",
              "KV-cache usage, 1 means 100 percent (simulated).",
              SimStats::kvCacheUsage),
          new Series(
              "vllm:prompt_tokens_total",
              "counter",
              "Prompt tokens processed (simulated).",
              s -> s.promptTokensTotal()),
          new Series(
              "vllm:generation_tokens_total",
              "counter",
              "Tokens generated (simulated).",
              s -> s.generationTokensTotal()),
          new Series(
              "versus_sim_memory_bytes",
              "gauge",
              "Simulated memory: weights plus KV cache held, in bytes.",
              s -> s.memoryBytes()),
          new Series(
              "versus_sim_requests_total",
              "counter",
              "Requests accepted by the simulated engine.",
              s -> s.requestsTotal()),
          new Series(
              "versus_sim_requests_rejected_total",
              "counter",
              "Requests refused by the simulated engine (faults).",
              s -> s.rejectedTotal()),
          new Series(
              "versus_sim_disconnects_total",
              "counter",
              "Generations cancelled because the client went away.",
              s -> s.disconnectsTotal()),
          new Series(
              "versus_sim_crashes_total",
              "counter",
              "Times the simulated crash threshold was crossed.",
              s -> s.crashesTotal()));

  static String render(List<SimModel> models) {
    List<SimStats> stats = models.stream().map(SimModel::stats).toList();
    StringBuilder out = new StringBuilder(2048);
    out.append(
        "# HELP versus_sim_info Marks this server as the versus simulator: every figure is"
            + " simulated.\n");
    out.append("# TYPE versus_sim_info gauge\n");
    for (SimModel model : models) {
      out.append("versus_sim_info{model_name=\"")
          .append(escape(model.name()))
          .append("\",simulated=\"true\"} 1\n");
    }
    for (Series series : SERIES) {
      out.append("# HELP ").append(series.name()).append(' ').append(series.help()).append('\n');
      out.append("# TYPE ").append(series.name()).append(' ').append(series.type()).append('\n');
      for (int i = 0; i < models.size(); i++) {
        out.append(series.name())
            .append("{model_name=\"")
            .append(escape(models.get(i).name()))
            .append("\"} ")
            .append(number(series.value().applyAsDouble(stats.get(i))))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.6g", value);
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
