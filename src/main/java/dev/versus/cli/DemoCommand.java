package dev.versus.cli;

import dev.versus.plan.Plan;
import dev.versus.plan.DemoPlan;
import dev.versus.planrun.PlanOptions;
import dev.versus.report.ReportLanguage;
import dev.versus.runreport.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code versus demo}: the built-in comparison (plan/demo.yaml) of the two simulated profiles, in
 * process, with the article's claims; writes the report and prints a summary.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Compare the simulated Gemini 2.5 Flash and Llama 4 Maverick profiles in process: load up"
          + " to 512 concurrent requests (past Flash's configured crash threshold), server memory,"
          + " Spanish NLU, matrix maths, long context, injection, cost, and the vendor article's"
          + " claims. Every figure is SIMULATED. About 70 s on two cores; --quick about 15 s."
    })
final class DemoCommand implements Callable<Integer> {

  /** The quick demo's long-context haystacks, in tokens: a short one and one past 32,768. */
  private static final List<Integer> QUICK_HAYSTACKS = List.of(1_000, 32_000);

  @Spec CommandSpec spec;

  @Option(names = "--quick", description = "Shorter levels, fewer cases and haystacks, quality measured during the"
          + " load sweep on simulator servers of its own (about 15 s).")
  boolean quick;

  @Option(names = "--out", defaultValue = "versus-demo", paramLabel = "DIR",
      description = "Folder for the report files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "en|es",
      description = "Report language (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--resume", paramLabel = "RUN",
      description = "Continue a stored demo run: parts it completed are not run again.")
  String resume;

  @Option(names = "--store", paramLabel = "LOC",
      description = "Store location (default: VERSUS_STORE or the user's data folder).")
  String store;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    ReportLanguage language = ReportLanguage.fromTag(lang);
    String resource = quick ? DemoPlan.QUICK_RESOURCE : DemoPlan.RESOURCE;
    Plan plan = DemoPlan.load(quick);
    // Haystacks up to 64k (quick: 32k) tokens: past the 32,768-token cap of the Maverick profile,
    // short enough that the simulator's serial prefill keeps the demo within its budget. The quick
    // demo keeps only the shortest haystack and the one past the cap (the simulator prefills
    // serially, so every haystack costs its length in wall time), and runs its quality part during
    // the load sweep, on simulator servers of its own.
    PlanOptions options = new PlanOptions(out, language, Optional.ofNullable(resume), 7,
        quick ? 35_000 : 70_000, quick ? QUICK_HAYSTACKS : List.of(),
        Duration.ofMillis(quick ? 200 : 1000), ReportFiles.STANDARD_FORMATS, true, quick);
    spec.commandLine().getOut().println("versus demo: two SIMULATED models in process ("
        + (quick ? "quick, " : "") + "plan " + resource.substring(1) + ")");
    spec.commandLine().getOut().flush();
    PlanExecution.run(plan, Path.of(""), options, store, spec.commandLine().getOut(),
        spec.commandLine().getErr());
    return 0;
  }
}
