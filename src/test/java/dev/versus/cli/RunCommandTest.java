package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versus run}: bad plans are refused before anything runs; a stored run resumes. */
class RunCommandTest {
  private static final String MODELS = """
      title: small
      models:
        flash: { model: sim:gemini-2.5-flash, price: { input-per-million: 0.30, output-per-million: 2.50 } }
        maverick: { model: sim:llama-4-maverick }
      quality:
        suites: [nlu-es]
        limit: 4
      """;

  @TempDir Path dir;

  private MainTest.Result run(String plan, String... extra) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, plan);
    String[] args = new String[4 + extra.length];
    args[0] = "run";
    args[1] = file.toString();
    args[2] = "--store";
    args[3] = dir.resolve("versus.db").toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    return MainTest.run(args);
  }

  /** One message line naming everything (a claim's may add the expression and a caret under it). */
  private static void assertOneLineBadInput(MainTest.Result r, String... parts) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("versus: ").doesNotContain("\tat ");
    String first = r.err().lines().findFirst().orElseThrow();
    for (String part : parts) {
      assertThat(first).contains(part);
    }
    assertThat(r.out()).isEmpty();
  }

  @Test
  void run_claimNamesUnknownModel_exits2() throws Exception {
    MainTest.Result r = run(MODELS + "claims:\n  - gemma.score[nlu-es] > 0.5\n");

    assertOneLineBadInput(r, "plan.yaml:9", "claims[0]", "gemma");
  }

  @Test
  void run_claimDoesNotParse_exits2NamingThePosition() throws Exception {
    MainTest.Result r = run(MODELS + "claims:\n  - flash.score[nlu-es] > > 0.5\n");

    assertOneLineBadInput(r, "plan.yaml:9", "claims[0]", "column 23");
  }

  @Test
  void run_costOfUnpricedModel_exits2() throws Exception {
    MainTest.Result r = run(MODELS + "claims:\n  - maverick.cost_per_1k_requests < 1\n");

    assertOneLineBadInput(r, "plan.yaml:9", "maverick", "no price");
  }

  @Test
  void run_resumeUnknownRun_exits2() throws Exception {
    MainTest.Result r = run(MODELS, "--resume", "no-such-run", "--out", dir.resolve("o").toString());

    assertOneLineBadInput(r, "no-such-run");
  }

  @Test
  void run_thenResume_skipsTheStoredPart() throws Exception {
    String plan = MODELS + "claims:\n  - flash.score[nlu-es] >= 0\n";
    MainTest.Result first = run(plan, "--out", dir.resolve("first").toString());
    assertThat(first.code()).as(first.err()).isZero();
    String runId = first.out().lines().filter(l -> l.startsWith("run id: ")).findFirst()
        .orElseThrow().substring("run id: ".length()).split(" ")[0];

    MainTest.Result again = run(plan, "--resume", runId, "--out", dir.resolve("again").toString());

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("resumed: not run again: quality").contains(runId);
    assertThat(dir.resolve("again/report.json")).content().contains("nlu-es");
  }
}
