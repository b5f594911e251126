package dev.versus.cli;

import dev.versus.report.ReportLanguage;
import dev.versus.serve.Dashboard;
import dev.versus.serve.DashboardConfig;
import dev.versus.serve.RunReportSource;
import dev.versus.serve.ServeException;
import dev.versus.store.Store;
import dev.versus.store.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus serve}: the web dashboard over the store, until interrupted (Ctrl-C). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a small web app over the stored runs: list them, open a run's report (the same"
          + " charts as 'versus report'), compare any two side by side, read a run's claims and"
          + " download every report format.",
      "Serves until Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8090",
      description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--store", paramLabel = "LOC",
      description = "The store: a file, sqlite:PATH or jdbc:postgresql://HOST/DB (default:"
          + " VERSUS_STORE, else the user's data folder).")
  String store;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "en|es",
      description = "Language of the reports (default: ${DEFAULT-VALUE}); a page can ask for the"
          + " other with ?lang=.")
  String lang;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new BadInputException("--port must be in 0..65535, got " + port);
    }
    ReportLanguage language;
    try {
      language = ReportLanguage.fromTag(lang);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--lang: " + e.getMessage());
    }
    DashboardConfig config =
        DashboardConfig.defaults().withHost(host).withPort(port).withLanguage(language);
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // On Ctrl-C the hook wakes the main thread and waits (bounded) until it has closed the
    // server and the store, so the JVM does not halt halfway through closing them.
    Thread hook = new Thread(() -> {
      stopped.countDown();
      try {
        closed.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "versus-serve-shutdown");
    boolean interrupted = false;
    try (Store opened = openStore();
        Dashboard dashboard = start(config, opened)) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("versus serve: dashboard over " + opened.location().redacted()
          + " listening on " + dashboard.uri());
      out.println("Press Ctrl-C to stop.");
      out.flush();
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stopped.await();
      } catch (InterruptedException e) {
        interrupted = true; // restored below, after closing: Helidon's stop refuses otherwise
      }
    } finally {
      closed.countDown();
      removeHook(hook);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static Dashboard start(DashboardConfig config, Store store) {
    try {
      return Dashboard.start(config, store.runs(),
          RunReportSource.fromStore(store.runs(), Clock.systemUTC()));
    } catch (ServeException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private Store openStore() {
    try {
      return store == null ? Store.openDefault() : Store.open(store);
    } catch (StoreException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and runs the hook itself
    }
  }
}
