package dev.versus.cli;

import java.util.List;

/** The registry of subcommands, one line each. */
final class Subcommands {
  private Subcommands() {}

  static List<Object> all() {
    return List.of(
        new SimCommand(),
        new BenchCommand(),
        new EvalCommand(),
        new CheckCommand(),
        new GuardCommand(),
        new GatewayCommand(),
        new ReplayCommand(),
        new ReportCommand(),
        new RunCommand(),
        new DemoCommand(),
        new ServeCommand());
  }
}
