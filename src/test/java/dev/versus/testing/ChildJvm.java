package dev.versus.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a separate JVM on the test class path running {@code dev.versus.cli.Main} with the given
 * arguments: how tests run versus as several real processes (shards, gateway replicas). Standard
 * output and error go to {@code DIR/LABEL.out} and {@code DIR/LABEL.err}, which {@link #logs}
 * gathers for assertion messages.
 */
public final class ChildJvm {
  private static final String MAIN = "dev.versus.cli.Main";

  private ChildJvm() {}

  /**
   * Launches {@code java -Xmx<heap> … Main args…}.
   *
   * @param dir folder for the two log files
   * @param label file name stem of the log files
   * @param heap the child's {@code -Xmx}, for example {@code 256m}
   * @param args versus arguments (subcommand first)
   */
  public static Process start(Path dir, String label, String heap, List<String> args)
      throws IOException {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", classPath, MAIN));
    command.addAll(args);
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectOutput(dir.resolve(label + ".out").toFile())
        .redirectError(dir.resolve(label + ".err").toFile())
        .start();
  }

  /** Every {@code .out} and {@code .err} file in {@code dir}, each under a header line. */
  public static String logs(Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path log : files.filter(p -> p.toString().endsWith(".out")
          || p.toString().endsWith(".err")).sorted().toList()) {
        text.append("== ").append(log.getFileName()).append('\n')
            .append(Files.readString(log)).append('\n');
      }
    }
    return text.toString();
  }
}
