package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @Test
  void check_validPlan_listsClaimsAndTheFiguresTheyNeed(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, """
        models:
          a: sim:gemini-2.5-flash
          b: sim:llama-4-maverick
        performance:
          load: { concurrency: [1, 8] }
        claims:
          - a.ttft.p50 < b.ttft.p50
        """);

    MainTest.Result r = MainTest.run("check", plan.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("valid plan \"a vs b\"")
        .contains("a: sim:gemini-2.5-flash")
        .contains("performance: levels c=1, c=8")
        .contains("needs a.ttft.p50@concurrency=1, b.ttft.p50@concurrency=1");
  }

  @Test
  void check_badClaim_exitsTwoWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "models:\n  a: sim:instant\nclaims:\n  - a.ttft.p50 < 1s\n");

    MainTest.Result r = MainTest.run("check", plan.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(plan + ":4: claims[0]: column 1 of the expression:")
        .contains("no performance section").doesNotContain("\tat ");
  }
}
