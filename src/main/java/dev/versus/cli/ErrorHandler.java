package dev.versus.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr and a non-zero exit code. The stack trace is printed
 * only with {@code --verbose} anywhere on the command line.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** Exit code for bad input (arguments, files, configuration). */
  static final int BAD_INPUT = 2;
  /** Exit code for a failure while running. */
  static final int FAILED = 1;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
    boolean verbose = Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--verbose");
    cli.getErr().println("versus: " + describe(ex));
    if (verbose) {
      ex.printStackTrace(cli.getErr());
    }
    cli.getErr().flush();
    return ex instanceof IllegalArgumentException
            || ex instanceof BadInputException
            || ex instanceof dev.versus.core.ConfigException
        ? BAD_INPUT
        : FAILED;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    cli.getErr().println("versus: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cli.getErr())) {
      cli.getErr().println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    if (Arrays.asList(args).contains("--verbose")) {
      ex.printStackTrace(cli.getErr());
    }
    cli.getErr().flush();
    return BAD_INPUT;
  }

  private static String describe(Throwable ex) {
    String message = ex.getMessage();
    return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
  }
}
