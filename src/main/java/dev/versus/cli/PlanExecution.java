package dev.versus.cli;

import dev.versus.plan.ModelSpec;
import dev.versus.plan.Plan;
import dev.versus.plan.ProviderKind;
import dev.versus.planrun.PlanClients;
import dev.versus.planrun.PlanOptions;
import dev.versus.planrun.PlanOutcome;
import dev.versus.planrun.PlanRunException;
import dev.versus.planrun.PlanRunner;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderException;
import dev.versus.provider.ProviderRegistry;
import dev.versus.runreport.RunReportException;
import dev.versus.sim.SimProviders;
import dev.versus.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Wires a plan run for {@code versus run} and {@code versus demo}: the in-process simulator (with
 * the built-in suites' answer keys), provider clients with the plan's resolved API keys, the store,
 * and the summary printed at the end.
 */
final class PlanExecution {
  /** How long Ctrl-C waits for the run to mark itself interrupted and keep its records. */
  private static final long HOOK_WAIT_SECONDS = 20;

  private PlanExecution() {}

  private static ChatProvider client(ModelSpec model, SimProviders sims) {
    ProviderRegistry registry = ProviderRegistry.create(name ->
        name.equals(ProviderRegistry.GEMINI_KEY_VARIABLE)
                || name.equals(ProviderRegistry.OPENAI_KEY_VARIABLE)
            ? model.apiKey() : System.getenv(name));
    sims.installInto(registry);
    try {
      return registry.create(model.ref());
    } catch (ProviderException | IllegalArgumentException e) {
      throw new BadInputException("model '" + model.key() + "' (" + model.ref() + "): "
          + e.getMessage());
    }
  }

  static PlanOutcome run(Plan plan, Path baseDir, PlanOptions options, String storeLocation,
      PrintWriter out, PrintWriter err) throws InterruptedException {
    // The quality part's simulated models get servers of their own: a load sweep running at the
    // same time (PlanOptions.partsAtOnce) then neither queues nor crashes their calls.
    try (SimProviders sims = SimProviders.create(options.seed(), SimAnswers.builtIn());
        SimProviders qualitySims = SimProviders.create(options.seed(), SimAnswers.builtIn());
        Store store = StoreOption.open(storeLocation)) {
      PlanClients clients = new PlanClients() {
        @Override
        public ChatProvider create(ModelSpec model) {
          return client(model, sims);
        }

        @Override
        public ChatProvider createForQuality(ModelSpec model) {
          return client(model, qualitySims);
        }

        @Override
        public ChatProvider createJudge(String reference) {
          ProviderRegistry registry = ProviderRegistry.withSystemEnv();
          qualitySims.installInto(registry);
          return registry.create(reference);
        }

        @Override
        public String metricsUrl(ModelSpec model) {
          return model.provider() == ProviderKind.SIM
              ? sims.server(model.model()).map(s -> s.baseUri() + "/metrics").orElse("")
              : "";
        }
      };
      StepLog steps = new StepLog(err);
      PlanRunner runner = PlanRunner.create(store, clients, Clock.systemUTC(), steps::step);
      PlanOutcome outcome;
      Thread caller = Thread.currentThread();
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook = new Thread(() -> {
        caller.interrupt();
        try {
          finished.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "versus-run-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        outcome = runner.run(plan, baseDir, options);
      } catch (PlanRunException | RunReportException e) {
        throw new BadInputException(e.getMessage());
      } finally {
        finished.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // already shutting down: the hook waits for the latch counted down above
        }
      }
      PlanSummaryText.print(out, outcome);
      return outcome;
    }
  }
}
