package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void run_unknownCommand_exitsTwoWithOneLineAndNoStackTrace() {
    Result r = run("no-such-command");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("versus: Unmatched argument").doesNotContain("\tat ");
  }

  @Test
  void run_noArguments_printsUsage() {
    Result r = run();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: versus");
  }

  /**
   * A description with a bare '%' cannot be formatted: picocli warns on standard error and prints
   * the line unformatted in the usage.
   */
  @Test
  void usage_ofEveryCommand_formatsWithoutWarnings() {
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
    int seen = 0;
    try {
      java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>();
      todo.add(VersusCommand.commandLine());
      while (!todo.isEmpty()) {
        picocli.CommandLine command = todo.poll();
        assertThat(command.getUsageMessage()).as(command.getCommandName()).isNotBlank();
        todo.addAll(command.getSubcommands().values());
        seen++;
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    assertThat(seen).isGreaterThan(10);
  }
}
