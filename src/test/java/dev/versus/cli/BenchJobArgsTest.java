package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.deploy.DeployManifests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The distributed bench Job's arguments are a valid {@code versus bench} command line, parsed by
 * the real picocli command, so a renamed or removed option breaks this test, not a cluster run.
 */
class BenchJobArgsTest {
  /** The options that make N processes one run; see deploy/README.md, step 4. */
  private static final Set<String> DISTRIBUTED = Set.of("--shard", "--run-id", "--start-at");
  /** What Kubernetes substitutes for $(VAR) in pod i's arguments (here shard 3). */
  private static final Map<String, String> POD_ENV = Map.of(
      "$(JOB_COMPLETION_INDEX)", "3",
      "$(RUN_ID)", "maverick-200rps-001",
      "$(START_AT)", "2026-11-26T17:00:00Z");

  @Test
  void jobArgs_apartFromTheDistributedOptions_parseAsVersusBench() {
    CommandLine versus = VersusCommand.commandLine();
    List<String> args = new ArrayList<>();
    List<String> all = podArgs();
    for (int i = 0; i < all.size(); i++) {
      if (DISTRIBUTED.contains(all.get(i))) {
        i++; // and its value
      } else {
        args.add(all.get(i));
      }
    }

    ParseResult sub = versus.parseArgs(args.toArray(String[]::new)).subcommand();

    assertThat(sub.commandSpec().name()).isEqualTo("bench");
    assertThat(sub.hasMatchedOption("--store")).isTrue();
    assertThat(sub.hasMatchedOption("--rate")).isTrue();
    assertThat(sub.hasMatchedOption("--model")).isTrue();
    assertThat(sub.unmatched()).isEmpty();
  }

  @Test
  void jobArgs_distributedOptions_areVersusBenchOptions() {
    CommandLine versus = VersusCommand.commandLine();
    Set<String> known = versus.getSubcommands().get("bench").getCommandSpec().optionsMap().keySet();
    List<String> missing = DISTRIBUTED.stream().filter(o -> !known.contains(o)).sorted().toList();
    assumeTrue(missing.isEmpty(), "versus bench does not have " + missing + " yet: the Job in"
        + " deploy/ needs them for N shards of one run with a common start");

    ParseResult sub = versus.parseArgs(podArgs().toArray(String[]::new)).subcommand();

    for (String option : DISTRIBUTED) {
      assertThat(sub.hasMatchedOption(option)).as(option).isTrue();
    }
    assertThat(sub.unmatched()).isEmpty();
  }

  @Test
  void readme_reportCommands_parseAsVersusReport() throws Exception {
    List<String> commands = java.nio.file.Files.readAllLines(DeployManifests.DEPLOY.resolve("README.md"))
        .stream().filter(l -> l.startsWith("versus report ")).toList();

    assertThat(commands).isNotEmpty();
    for (String line : commands) {
      String command = line.replaceAll("\\s+#.*$", "").replace("\"$RUN\"", "maverick-200rps-001");
      String[] args = command.substring("versus ".length()).split("\\s+");
      ParseResult sub = VersusCommand.commandLine().parseArgs(args).subcommand();
      assertThat(sub.commandSpec().name()).as(line).isEqualTo("report");
      assertThat(sub.hasMatchedOption("--store")).as(line).isTrue();
    }
  }

  private static List<String> podArgs() {
    return DeployManifests.benchContainer("bench-10").getArgs().stream()
        .map(BenchJobArgsTest::expand).toList();
  }

  private static String expand(String arg) {
    String out = arg;
    for (Map.Entry<String, String> e : POD_ENV.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }
}
