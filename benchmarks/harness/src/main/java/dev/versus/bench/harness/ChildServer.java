package dev.versus.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server in its own process (the gateway, nginx): started with its output in a log file and
 * its pid written to {@code pidFile} (so that run.sh's trap can stop it if this JVM dies), ready
 * once {@code health} answers 200, stopped with SIGTERM (then SIGKILL after 10 s) on close.
 */
final class ChildServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Process process;

  private ChildServer(String name, Process process) {
    this.name = name;
    this.process = process;
  }

  static ChildServer start(String name, List<String> command, Path log, Path pidFile, URI health) {
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      Files.writeString(pidFile, Long.toString(process.pid()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + command, e);
    }
    ChildServer server = new ChildServer(name, process);
    try {
      server.awaitHealthy(health, log);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  long pid() {
    return process.pid();
  }

  private void awaitHealthy(URI health, Path log) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " exited with " + process.exitValue()
              + "; its output is in " + log);
        }
        try {
          HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
          if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
          }
        } catch (IOException e) {
          // not listening yet
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
        SimProcess.sleepMillis(200);
      }
    }
    throw new IllegalStateException(name + " did not answer " + health + " within "
        + START_TIMEOUT + "; its output is in " + log);
  }

  @Override
  public void close() {
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
}
