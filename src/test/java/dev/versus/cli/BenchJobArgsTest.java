package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.deploy.DeployManifests;
import io.fabric8.kubernetes.api.model.Container;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The distributed bench Job's arguments are a valid {@code versus bench} command line: parsed by
 * the real picocli command, so a renamed or removed option breaks this test, not a cluster run.
 */
class BenchJobArgsTest {
  /** What Kubernetes substitutes for $(VAR) in pod i's arguments (here shard 3). */
  private static final Map<String, String> POD_ENV = Map.of(
      "$(JOB_COMPLETION_INDEX)", "3",
      "$(RUN_ID)", "maverick-200rps-001",
      "$(START_AT)", "2026-11-26T17:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"bench-10"})
  void jobArgs_parseAsVersusBench(String overlay) {
    CommandLine versus = VersusCommand.commandLine();
    CommandLine bench = versus.getSubcommands().get("bench");
    assumeTrue(bench != null, "versus bench is not registered on this branch yet");
    Container container = DeployManifests.benchContainer(overlay);
    List<String> args = container.getArgs().stream().map(BenchJobArgsTest::expand).toList();

    ParseResult parsed = versus.parseArgs(args.toArray(String[]::new));

    ParseResult sub = parsed.subcommand();
    assertThat(sub.commandSpec().name()).isEqualTo("bench");
    assertThat(sub.hasMatchedOption("--shard")).isTrue();
    assertThat(sub.hasMatchedOption("--store")).isTrue();
    assertThat(sub.hasMatchedOption("--run-id")).isTrue();
    assertThat(sub.hasMatchedOption("--start-at")).isTrue();
    assertThat(sub.unmatched()).isEmpty();
  }

  private static String expand(String arg) {
    String out = arg;
    for (Map.Entry<String, String> e : POD_ENV.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }
}
