package dev.versus.gateway;

import dev.versus.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One gateway replica as a real separate process: {@code versus gateway --config FILE} in a child
 * JVM, its address read from the banner it prints. Closing it stops the process (SIGTERM, so the
 * gateway's shutdown hook drains its log) and waits for it.
 */
final class GatewayProcess implements AutoCloseable {
  private static final String BANNER = "versus gateway listening on ";

  private final Process process;
  private final String address;

  private GatewayProcess(Process process, String address) {
    this.process = process;
    this.address = address;
  }

  /** Starts a replica with {@code yaml} as its config, waiting up to {@code startup} for it. */
  static GatewayProcess start(Path dir, String label, String yaml, Duration startup)
      throws IOException, InterruptedException {
    Path config = dir.resolve(label + ".yaml");
    Files.writeString(config, yaml);
    Process process = ChildJvm.start(dir, label, "384m",
        List.of("gateway", "--config", config.toString()));
    Path out = dir.resolve(label + ".out");
    long deadline = System.nanoTime() + startup.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      Optional<String> address = address(out);
      if (address.isPresent()) {
        return new GatewayProcess(process, address.get());
      }
      Thread.sleep(50);
    }
    String why = process.isAlive() ? "did not print its address within " + startup
        : "exited with code " + process.exitValue();
    process.destroyForcibly();
    throw new IllegalStateException("gateway " + label + " " + why + "\n" + ChildJvm.logs(dir));
  }

  private static Optional<String> address(Path out) throws IOException {
    if (!Files.exists(out)) {
      return Optional.empty();
    }
    return Files.readAllLines(out).stream()
        .filter(line -> line.startsWith(BANNER))
        .map(line -> line.substring(BANNER.length()).trim())
        .findFirst();
  }

  /** The replica's base address, for example {@code http://127.0.0.1:41234}. */
  String address() {
    return address;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
