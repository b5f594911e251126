package dev.versus.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code key=value} command-line options of the harness, with defaults; unknown keys are an error
 * once the bench has read the ones it knows ({@link #checkAllUsed()}).
 */
final class Options {
  private final Map<String, String> values = new HashMap<>();
  private final java.util.Set<String> used = new java.util.HashSet<>();
  private int sims;

  Options(List<String> args) {
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("expected key=value, got '" + arg + "'");
      }
      values.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
  }

  String value(String key, String fallback) {
    used.add(key);
    return values.getOrDefault(key, fallback);
  }

  int intValue(String key, int fallback) {
    return Integer.parseInt(value(key, Integer.toString(fallback)));
  }

  double doubleValue(String key, double fallback) {
    return Double.parseDouble(value(key, Double.toString(fallback)));
  }

  /** A comma-separated list of integers, e.g. {@code levels=1,100,1000}. */
  int[] intList(String key, String fallback) {
    return Arrays.stream(value(key, fallback).split(",")).mapToInt(Integer::parseInt).toArray();
  }

  /** Starts {@code versus sim} from {@code jar=} (default target/versus.jar) with {@code sim-jvm=}. */
  SimProcess startSim(String profile) {
    Path jar = Path.of(value("jar", "target/versus.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no product jar at " + jar + ": build it (mvn package)");
    }
    String jvm = value("sim-jvm", "");
    List<String> jvmOptions = jvm.isBlank() ? List.of() : List.of(jvm.trim().split("\\s+"));
    Path log = Path.of(value("sim-log-dir", "benchmarks/harness/target"), "sim-" + (++sims) + ".out");
    return SimProcess.start(jar, profile, jvmOptions, log);
  }

  void checkAllUsed() {
    for (String key : values.keySet()) {
      if (!used.contains(key)) {
        throw new IllegalArgumentException("unknown option '" + key + "'");
      }
    }
  }
}
