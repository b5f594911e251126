package dev.versus.bench.harness;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code Harness streams|events|overhead|gateway [key=value...]}, run from the repository
 * root by {@code benchmarks/harness/run.sh}. Each bench starts its own {@code versus sim} process,
 * is bounded in time and requests, and stops the simulator when done.
 */
public final class Harness {
  private Harness() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: Harness streams|events|overhead|gateway [key=value...]");
      System.exit(2);
    }
    Options options = new Options(List.of(Arrays.copyOfRange(args, 1, args.length)));
    switch (args[0]) {
      case "streams" -> StreamsBench.run(options);
      case "events" -> EventsBench.run(options);
      case "overhead" -> OverheadBench.run(options);
      case "gateway" -> GatewayBench.run(options);
      default -> {
        System.err.println("unknown bench '" + args[0] + "': expected streams, events, overhead or gateway");
        System.exit(2);
      }
    }
    options.checkAllUsed();
    System.exit(0);
  }
}
