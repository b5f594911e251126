package dev.versus.cli;

import java.util.List;

/** The registry of subcommands, one line each. */
final class Subcommands {
  private Subcommands() {}

  static List<Object> all() {
    return List.of(
        new DemoCommand(),
        new RunCommand(),
        new CheckCommand(),
        new BenchCommand(),
        new MergeCommand(),
        new EvalCommand(),
        new GuardCommand(),
        new SimCommand(),
        new GatewayCommand(),
        new ReplayCommand(),
        new ReportCommand(),
        new ServeCommand());
  }
}
