package dev.versus.cli;

import dev.versus.report.ReportLanguage;
import dev.versus.report.ReportModel;
import dev.versus.runreport.ReportFiles;
import dev.versus.runreport.RunReportException;
import dev.versus.runreport.RunReports;
import dev.versus.store.Store;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code versus report}: one report over stored bench, eval and plan runs, in several formats. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Make a report from stored runs (bench, eval, plan): performance levels, quality with"
          + " intervals, costs and claims, each figure labelled simulated or real."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUN", description = "Stored run ids.")
  List<String> runIds = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "html, md, json, csv or junit; repeatable (default: html).")
  List<String> formats = new ArrayList<>();

  @Option(names = "--lang", defaultValue = "en", paramLabel = "en|es",
      description = "Report language (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--out", defaultValue = ".", paramLabel = "DIR",
      description = "Folder for report.FORMAT files (default: the current folder).")
  Path out;

  @Option(names = "--store", paramLabel = "LOC",
      description = "Store location: a SQLite file or jdbc:postgresql://... (default: VERSUS_STORE"
          + " or the user's data folder).")
  String store;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() {
    ReportLanguage language = ReportLanguage.fromTag(lang);
    List<String> chosen = formats.isEmpty() ? List.of("html") : List.copyOf(formats);
    chosen.forEach(dev.versus.report.ReportRenderers::require);
    ReportModel model;
    try (Store db = StoreOption.open(store)) {
      runIds.forEach(id -> ShardedRuns.mergeIfSharded(db, id, Clock.systemUTC()));
      model = RunReports.build(db.runs(), runIds, Clock.systemUTC().instant());
    } catch (RunReportException e) {
      throw new BadInputException(e.getMessage());
    }
    try {
      for (Path file : ReportFiles.write(model, chosen, language, out)) {
        spec.commandLine().getOut().println(file);
      }
    } catch (UncheckedIOException e) {
      throw new BadInputException(e.getMessage());
    }
    return 0;
  }
}
