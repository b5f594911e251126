package dev.versus.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code versus sim} server in its own JVM on a free loopback port: started from the product jar,
 * ready once {@code /health} answers, stopped with SIGTERM (then SIGKILL after 10 s) on close.
 */
final class SimProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private SimProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts {@code versus sim --profile P...} (one per comma-separated name in {@code profiles}) with
   * {@code jvmOptions}, logging to {@code log}.
   */
  static SimProcess start(Path versusJar, String profiles, List<String> jvmOptions, Path log) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", versusJar.toString(), "sim"));
    for (String profile : profiles.split(",")) {
      command.addAll(List.of("--profile", profile));
    }
    command.addAll(List.of("--port", Integer.toString(port)));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      SimProcess sim = new SimProcess(process, port);
      sim.awaitHealthy();
      return sim;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start versus sim: " + command, e);
    }
  }

  long pid() {
    return process.pid();
  }

  /** {@code http://127.0.0.1:PORT}. */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The sum over models of a gauge or counter on {@code /metrics}, -1 when unreadable. */
  double metric(String name) {
    try {
      HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("/metrics"))
          .timeout(Duration.ofSeconds(5)).build();
      String text = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      double sum = 0;
      for (String line : text.split("\n")) {
        if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
          sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
      return sum;
    } catch (IOException | RuntimeException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private void awaitHealthy() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("versus sim exited with " + process.exitValue());
      }
      try {
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("/health"))
            .timeout(Duration.ofSeconds(2)).build();
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for versus sim", e);
      }
      sleepMillis(200);
    }
    close();
    throw new IOException("versus sim did not become healthy within " + START_TIMEOUT);
  }

  @Override
  public void close() {
    http.close();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
