package dev.versus.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code wrk} (4.x) with a Lua script and reads its request rate and latency percentiles. */
final class Wrk {
  /** What one wrk run reported; latencies in milliseconds. */
  record Result(double requestsPerSecond, double p50Ms, double p99Ms, long errors, String detail) {}

  private Wrk() {}

  static Result run(URI url, String script, int connections, double seconds) {
    return run(url, script, connections, seconds, 0);
  }

  /** Like {@link #run}, with {@code WRK_DELAY_MS} set for scripts that pace their requests. */
  static Result run(URI url, String script, int connections, double seconds, long delayMillis) {
    int threads = Math.min(2, connections);
    List<String> command = List.of("wrk", "-t" + threads, "-c" + connections,
        "-d" + Math.round(seconds) + "s", "--latency", "--timeout", "10s", "-s", script,
        url.toString());
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("WRK_DELAY_MS", Long.toString(delayMillis));
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor((long) seconds + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("wrk failed: " + command + "\n" + out);
      }
      return new Result(number(out, "Requests/sec:"), millis(out, " 50%"), millis(out, " 99%"),
          errors(out), detail(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run wrk (apt-get install wrk)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running wrk", e);
    }
  }

  private static double number(String out, String label) {
    int at = out.indexOf(label);
    return at < 0 ? Double.NaN
        : Double.parseDouble(out.substring(at + label.length()).trim().split("\\s+")[0]);
  }

  /** A latency like {@code 1.23ms}, {@code 456.00us} or {@code 1.02s}, in milliseconds. */
  private static double millis(String out, String label) {
    int at = out.indexOf(label);
    if (at < 0) {
      return Double.NaN;
    }
    String text = out.substring(at + label.length()).trim().split("\\s+")[0];
    if (text.endsWith("us")) {
      return Double.parseDouble(text.substring(0, text.length() - 2)) / 1000;
    } else if (text.endsWith("ms")) {
      return Double.parseDouble(text.substring(0, text.length() - 2));
    } else if (text.endsWith("m")) {
      return Double.parseDouble(text.substring(0, text.length() - 1)) * 60_000;
    }
    return Double.parseDouble(text.substring(0, text.length() - 1)) * 1000;
  }

  /** wrk's own error lines (socket errors by kind, non-2xx), joined; empty when none. */
  private static String detail(String out) {
    StringBuilder text = new StringBuilder();
    for (String line : out.split("\n")) {
      if (line.contains("Socket errors:") || line.contains("Non-2xx")) {
        text.append(text.isEmpty() ? "" : "; ").append(line.trim());
      }
    }
    return text.toString();
  }

  /** Socket errors plus non-2xx responses. */
  private static long errors(String out) {
    long total = 0;
    int at = out.indexOf("Socket errors:");
    if (at >= 0) {
      String line = out.substring(at, out.indexOf('\n', at));
      for (String part : line.substring("Socket errors:".length()).split(",")) {
        total += Long.parseLong(part.trim().split("\\s+")[1]);
      }
    }
    double non2xx = number(out, "Non-2xx or 3xx responses:");
    return total + (Double.isNaN(non2xx) ? 0 : (long) non2xx);
  }
}
