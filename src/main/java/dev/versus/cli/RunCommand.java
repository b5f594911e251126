package dev.versus.cli;

import dev.versus.core.ConfigException;
import dev.versus.plan.Plan;
import dev.versus.plan.PlanException;
import dev.versus.plan.PlanReader;
import dev.versus.planrun.PlanOptions;
import dev.versus.report.ReportLanguage;
import dev.versus.runreport.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code versus run PLAN}: the whole comparison a plan describes, stored and reported. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a comparison plan: validate it whole, run its quality suites and its load levels on"
          + " every model, judge its claims, store everything as one plan run and write"
          + " report.html, report.json, report.md and report.junit.xml."
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN", description = "The plan file (YAML).")
  Path file;

  @Option(names = "--out", defaultValue = "versus-report", paramLabel = "DIR",
      description = "Folder for the report files (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--resume", paramLabel = "RUN",
      description = "Continue a stored plan run: parts it completed are not run again.")
  String resume;

  @Option(names = "--store", paramLabel = "LOC",
      description = "Store location: a SQLite file or jdbc:postgresql://... (default: VERSUS_STORE"
          + " or the user's data folder).")
  String store;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "en|es",
      description = "Report language (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
      description = "Seed for simulated models, bootstrap and sampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--context-window", defaultValue = "131072", paramLabel = "TOKENS",
      description = "Longest haystack of the long-context suite (default: ${DEFAULT-VALUE}).")
  int contextWindow;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    ReportLanguage language = ReportLanguage.fromTag(lang);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such plan file");
    }
    if (contextWindow < 1_256) {
      throw new BadInputException("--context-window must be at least 1256, got " + contextWindow);
    }
    Plan plan;
    try {
      plan = PlanReader.read(file, System::getenv);
    } catch (ConfigException | PlanException e) {
      throw new BadInputException(e.getMessage());
    }
    Path baseDir = file.toAbsolutePath().getParent();
    PlanOptions options = new PlanOptions(out, language, Optional.ofNullable(resume), seed,
        contextWindow, List.of(), Duration.ofSeconds(2), ReportFiles.STANDARD_FORMATS, false, false);
    PlanExecution.run(plan, baseDir, options, store, spec.commandLine().getOut(),
        spec.commandLine().getErr());
    return 0;
  }
}
