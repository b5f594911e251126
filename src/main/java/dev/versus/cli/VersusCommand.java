package dev.versus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code versus} command: lists the subcommands. */
@Command(
    name = "versus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compare large language models side by side, measured rather than claimed.",
    subcommands = {CommandLine.HelpCommand.class})
public final class VersusCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A fully wired command line: subcommands, error handling, exit codes. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new VersusCommand());
    for (Object sub : Subcommands.all()) {
      cli.addSubcommand(sub);
    }
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(new ErrorHandler());
    return cli;
  }
}
