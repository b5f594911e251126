package dev.versus.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code versus guard}: tools for the prompt / response guard. */
@Command(
    name = "guard",
    mixinStandardHelpOptions = true,
    description = "Prompt and response guard: measure it on labelled data, train its document classifier.",
    subcommands = {GuardTestCommand.class, GuardTrainCommand.class})
final class GuardCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
