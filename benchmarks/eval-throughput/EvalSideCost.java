import dev.versus.core.*;
import dev.versus.eval.*;
import dev.versus.provider.*;
import dev.versus.store.*;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.time.Clock;
import java.util.*;

/**
 * The eval side of a result without HTTP: `EvalRunner` (scheduling, scoring, cost), `StoredResults`
 * (SQLite rows, batched), the statistics and the output files, against a canned in-process provider
 * that answers every built-in item from its key. Not a unit test; run it by hand from the worktree:
 *
 *   java -Xmx512m -cp target/versus.jar benchmarks/eval-throughput/EvalSideCost.java REPEAT ROUNDS
 *
 * Prints, per round, the process CPU per result; the first rounds include JIT warm-up.
 */
public class EvalSideCost {
  public static void main(String[] args) throws Exception {
    int repeat = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Scorers scorers = Scorers.standard();
    BuiltinSuites b = BuiltinSuites.create(scorers);
    List<Suite> suites = List.of(b.load("nlu-es"), b.load("math-es"), b.load("injection"));
    SuiteAnswerKeys keys = SuiteAnswerKeys.builtIn();
    ChatProvider canned = new ChatProvider() {
      public String label() { return "canned"; }
      public String model() { return "canned"; }
      public CallOutcome call(ChatRequest r) {
        String text = keys.lookup(r.messages()).map(AnswerEntry::correct).orElse("no idea");
        return new CallOutcome.Completed(text, "", FinishReason.STOP, Usage.server(120, 12, 0));
      }
      public StreamingCall stream(ChatRequest r, StreamListener l) { throw new UnsupportedOperationException(); }
      public List<String> listModels() { return List.of("canned"); }
      public void close() {}
    };
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Path dir = Files.createTempDirectory("percase");
    try (Store store = Store.open(dir.resolve("v.db").toString())) {
      for (int round = 0; round < rounds; round++) {
        String runId = RunIds.next(Clock.systemUTC(), new SplittableRandom(round));
        store.runs().create(RunInfo.started(runId, "eval", "percase", Clock.systemUTC().instant(), "{}", true));
        EvalRunner runner = EvalRunner.create(EvalSettings.defaults().withRepeats(repeat).withConcurrency(64).withSeed(round),
            scorers, ResponseCache.none(), Map.of());
        long cpu0 = os.getProcessCpuTime(); long t0 = System.nanoTime();
        EvalReport report;
        try (StoredResults sink = StoredResults.create(store.evalResults(), runId)) {
          report = runner.run(List.of(new EvalModel("canned", canned)), suites, sink);
        }
        long cpu1 = os.getProcessCpuTime(); long t1 = System.nanoTime();
        EvalOutput.write(report, runId, true, dir.resolve("out" + round));
        long cpu2 = os.getProcessCpuTime(); long t2 = System.nanoTime();
        int n = report.results().size();
        System.out.printf(Locale.ROOT, "round %d: %d results; run+store+stats %.1f us CPU/result (%.0f results/s wall); output files %.1f us CPU/result%n",
            round, n, (cpu1 - cpu0) / 1e3 / n, n / ((t1 - t0) / 1e9), (cpu2 - cpu1) / 1e3 / n);
      }
    }
  }
}
