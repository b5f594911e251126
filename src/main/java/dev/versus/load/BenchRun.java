package dev.versus.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.metrics.JsonlRecordWriter;
import dev.versus.metrics.PrometheusScraper;
import dev.versus.metrics.ServerMetrics;
import dev.versus.store.BatchWriter;
import dev.versus.store.RequestRow;
import dev.versus.store.RunIds;
import dev.versus.store.RunInfo;
import dev.versus.store.RunStatus;
import dev.versus.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a whole {@code versus bench}: every model at every level of the plan, appending each
 * request's record to {@code OUT/records.jsonl} and to the store as it finishes, and writing {@code
 * OUT/summary.json} (and the stored run's summary) after every level and at the end.
 *
 * <p>Create with {@link #create}, run with {@link #execute} on one thread. {@link #stop} (e.g. from
 * a Ctrl-C hook) ends the run early from any thread: the level in progress is cut short, everything
 * measured so far is kept, and the summary says {@code interrupted}; {@link #awaitFinished} lets
 * the hook wait until the files are complete. A failure (a provider that throws, a store that
 * fails) still writes a summary with status {@code failed} before it is rethrown.
 */
public final class BenchRun {
  private static final Duration SCRAPE_INTERVAL = Duration.ofMillis(250);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final BenchSetup setup;
  private final Store store;
  private final Environment env;
  private final Clock wallClock;
  private final BenchObserver observer;
  private final String runId;
  private final Path summaryFile;
  private final Path recordsFile;
  private final Optional<Instant> commonStart;
  private final Map<String, List<LevelOutcome>> levels = new LinkedHashMap<>();
  private final Map<String, SaturationResult> searches = new LinkedHashMap<>();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Object phaseLock = new Object();
  private Thread measuring;
  private boolean stopRequested;
  private RecordSink sink;
  private int levelsRun;
  private long originNanos;
  private Instant startedAt;

  private BenchRun(
      BenchSetup setup,
      Store store,
      Environment env,
      String runId,
      Clock wallClock,
      BenchObserver observer,
      Optional<Instant> commonStart) {
    this.commonStart = commonStart;
    this.setup = setup;
    this.store = store;
    this.env = env;
    this.wallClock = wallClock;
    this.observer = observer;
    this.runId = Objects.requireNonNull(runId, "runId");
    this.summaryFile = setup.outDir().resolve("summary.json");
    this.recordsFile = setup.outDir().resolve("records.jsonl");
    setup.targets().forEach(t -> levels.put(t.key(), new ArrayList<>()));
  }

  /**
   * Prepares a run; nothing is sent or written until {@link #execute}.
   *
   * @param runId the id to store the run under, e.g. from {@link RunIds#next}
   */
  public static BenchRun create(
      BenchSetup setup,
      String runId,
      Store store,
      Environment env,
      Clock wallClock,
      BenchObserver observer) {
    return new BenchRun(setup, store, env, runId, wallClock, observer, Optional.empty());
  }

  /**
   * Prepares one shard of a distributed run (DESIGN §10): shard {@code setup.base().shard()} of
   * run {@code runId}, whose load starts at {@code startAt} on the wall clock in every shard, so
   * the shards share one schedule, one measured window and one time origin. Every shard registers
   * the run with {@link dev.versus.store.Runs#createIfAbsent}; the stored summary is left to
   * {@link ShardMerge} (each shard still writes its own {@code summary.json}).
   *
   * <p>A shard runs one model at one or more fixed levels (no saturation search: its next level
   * would depend on every shard's results). Level {@code k} (from 0) starts at {@code startAt + k ×
   * }{@link #levelSlot} in every shard, whenever the previous level actually ended, so the shards
   * agree on every level's start without talking to each other; each level's records and interval
   * histograms are stored in nanoseconds since that level's own start (its time origin), so each
   * level's measured window is {@code [warmup, warmup + duration)} in its own time.
   *
   * @throws LoadException when the setup has more than one model, is a saturation search, or has
   *     several levels limited only by request count (their end cannot be predicted)
   */
  public static BenchRun createShard(
      BenchSetup setup,
      String runId,
      Instant startAt,
      Store store,
      Environment env,
      Clock wallClock,
      BenchObserver observer) {
    Objects.requireNonNull(startAt, "startAt");
    if (!(setup.plan() instanceof LoadPlan.Levels levels) || setup.targets().size() != 1) {
      throw new LoadException("a sharded bench runs one model at fixed load levels (one --model;"
          + " --concurrency or --rate values, no --find-max); run one sharded bench per model");
    }
    if (levels.levels().size() > 1 && setup.base().limits().duration().isZero()) {
      throw new LoadException("a sharded bench with several load levels needs --duration TIME:"
          + " a level limited only by --requests has no predictable end, so the shards cannot"
          + " agree on when the next level starts (give --duration, with or without --requests,"
          + " or run one sharded bench per level)");
    }
    return new BenchRun(setup, store, env, runId, wallClock, observer, Optional.of(startAt));
  }

  /**
   * The time between the starts of consecutive levels of a sharded run: warm-up + duration +
   * cool-down + drain + level pause. A level sends for its warm-up, duration and cool-down, then
   * waits at most the drain time for requests in flight (cancelling the rest), so it has ended
   * before the next level's start; the level pause then idles the server as in a plain run.
   * Shorten {@code --drain} to shorten the slot.
   */
  public static Duration levelSlot(BenchSetup setup) {
    Limits limits = setup.base().limits();
    return limits.warmup().plus(limits.duration()).plus(limits.cooldown()).plus(limits.drain())
        .plus(setup.levelPause());
  }

  /** The id the run is stored under. */
  public String runId() {
    return runId;
  }

  /**
   * Runs the plan to its end (or until {@link #stop}). An interrupt of the calling thread counts
   * as a stop; the thread's interrupt flag is set again on return.
   *
   * @throws LoadException when a provider throws or the output cannot be written (after the
   *     summary so far was written)
   */
  public BenchReport execute() {
    boolean interruptedOnEntry = Thread.interrupted();
    try {
      return executeInner(interruptedOnEntry);
    } finally {
      finished.countDown();
    }
  }

  private BenchReport executeInner(boolean interruptedOnEntry) {
    startedAt = commonStart.orElseGet(wallClock::instant);
    prepareFiles();
    // Build one prompt and count one text before the clock starts: loading the tokenizer takes
    // ~100 ms, which would otherwise delay the first level's first sends.
    setup.workload().prompt(0);
    env.counter().count("warm up");
    RunInfo info = RunInfo.started(runId, "bench", title(), startedAt,
        BenchSummaryJson.config(setup).toString(), setup.simulated());
    if (commonStart.isPresent()) {
      store.runs().createIfAbsent(info.withShardCount(setup.base().shard().count()));
      originNanos = env.clock().nanoTime()
          + Duration.between(wallClock.instant(), commonStart.get()).toNanos();
    } else {
      store.runs().create(info);
      originNanos = env.clock().nanoTime();
    }
    RunStatus status = interruptedOnEntry ? RunStatus.INTERRUPTED : RunStatus.COMPLETED;
    RuntimeException failure = null;
    try (JsonlRecordWriter jsonl = JsonlRecordWriter.append(recordsFile);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      BatchWriter<RequestRow> rows =
          BatchWriter.start("bench-" + runId, store.requests()::append, 500, 20_000);
      try {
        RecordSink sink = new RecordSink(jsonl, rows, runId, originNanos,
            setup.base().limits().warmup(), observer);
        this.sink = sink;
        if (!interruptedOnEntry && !runPlan(sink, http)) {
          status = RunStatus.INTERRUPTED;
        }
      } catch (RuntimeException e) {
        failure = e;
        status = RunStatus.FAILED;
      } finally {
        boolean interrupted = Thread.interrupted();
        try {
          rows.close();
        } catch (RuntimeException e) {
          failure = failure == null ? e : failure;
          status = RunStatus.FAILED;
        }
        if (interrupted) {
          status = status == RunStatus.FAILED ? status : RunStatus.INTERRUPTED;
        }
      }
    }
    boolean interrupted = Thread.interrupted() || status == RunStatus.INTERRUPTED;
    ObjectNode summary = writeSummary(status, Optional.of(wallClock.instant()), failure);
    // One shard of several finishing says nothing about the run: the merge completes it once
    // every shard has stored its records. A shard that fails or is stopped marks the run at once.
    if (setup.base().shard().count() == 1 || status != RunStatus.COMPLETED) {
      store.runs().finish(runId, status, wallClock.instant());
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure instanceof LoadException load
          ? load
          : new LoadException("bench run " + runId + " failed: " + failure.getMessage(), failure);
    }
    return new BenchReport(runId, status, outcomes(), summary, summaryFile, recordsFile,
        sink == null ? 0 : sink.written());
  }

  /** Runs every level; returns false when stopped early. */
  private boolean runPlan(RecordSink sink, HttpClient http) {
    synchronized (phaseLock) {
      if (stopRequested) {
        return false;
      }
      measuring = Thread.currentThread();
    }
    try {
      return switch (setup.plan()) {
        case LoadPlan.Levels plan -> runLevels(plan, sink, http);
        case LoadPlan.FindMax plan -> runSearches(plan, sink, http);
      };
    } finally {
      synchronized (phaseLock) {
        measuring = null;
      }
    }
  }

  private boolean runLevels(LoadPlan.Levels plan, RecordSink sink, HttpClient http) {
    List<Map.Entry<BenchTarget, LoadModel>> steps = new ArrayList<>();
    if (plan.order() == Comparison.Order.SEQUENTIAL) {
      setup.targets().forEach(t -> plan.levels().forEach(l -> steps.add(Map.entry(t, l))));
    } else {
      plan.levels().forEach(l -> setup.targets().forEach(t -> steps.add(Map.entry(t, l))));
    }
    for (Map.Entry<BenchTarget, LoadModel> step : steps) {
      if (stopped() || runLevel(step.getKey(), step.getValue(), sink, http).interrupted()) {
        return false;
      }
    }
    return true;
  }

  private boolean runSearches(LoadPlan.FindMax plan, RecordSink sink, HttpClient http) {
    for (BenchTarget target : setup.targets()) {
      if (stopped()) {
        return false;
      }
      SaturationResult result =
          SaturationSearch.run(
              plan.axis(), plan.criteria(), level -> runLevel(target, level, sink, http));
      if (result.levels().stream().anyMatch(LevelResult::interrupted)) {
        return false;
      }
      searches.put(target.key(), result);
      betweenLevels(() -> writeSummary(RunStatus.RUNNING, Optional.empty(), null));
    }
    return true;
  }

  private LevelResult runLevel(
      BenchTarget target, LoadModel level, RecordSink sink, HttpClient http) {
    int index = levelsRun++;
    if (commonStart.isEmpty() && index > 0 && !setup.levelPause().isZero()) {
      try {
        env.sleeper().sleepUntil(env.clock().nanoTime() + setup.levelPause().toNanos());
      } catch (InterruptedException e) {
        // stopped while pausing: the level below ends at once and says it was interrupted
        Thread.currentThread().interrupt();
      }
    }
    observer.onLevelStart(target.key(), level);
    PrometheusScraper scraper =
        target.metricsUrl().isEmpty()
            ? null
            : PrometheusScraper.start(URI.create(target.metricsUrl()), SCRAPE_INTERVAL, http);
    // A shard's level k starts at the common timetable's slot k and is its own time origin; a
    // plain run's level starts now and keeps the run's origin.
    long start = commonStart.isPresent()
        ? originNanos + index * levelSlot(setup).toNanos()
        : env.clock().nanoTime();
    long levelOrigin = commonStart.isPresent() ? start : originNanos;
    sink.levelStarted(start, levelOrigin);
    IntervalSink intervals = new IntervalSink(sink, store.histogramIntervals(), runId,
        setup.base().shard().index(), target.target().modelKey(), level.label(), levelOrigin,
        IntervalSink.windowOf(setup.base().limits(), start));
    LevelResult result;
    ServerMetrics server = ServerMetrics.none();
    try {
      result = LoadDriver.runFrom(start, target.target(), setup.workload(),
          setup.base().withLoad(level), env, intervals);
    } finally {
      if (scraper != null) {
        server = scraper.stop();
      }
    }
    betweenLevels(intervals::flush);
    LevelOutcome outcome = new LevelOutcome(result, server);
    levels.get(target.key()).add(outcome);
    betweenLevels(() -> {
      writeSummary(RunStatus.RUNNING, Optional.empty(), null);
      observer.onLevelEnd(target.key(), outcome);
    });
    return result;
  }

  /**
   * Runs {@code work} (file and store writes) with no interrupt pending or arriving, so a stop
   * cannot break a write half-way; a stop requested meanwhile is passed on afterwards.
   */
  private void betweenLevels(Runnable work) {
    Thread self = Thread.currentThread();
    synchronized (phaseLock) {
      measuring = null;
    }
    boolean interrupted = Thread.interrupted();
    try {
      work.run();
    } finally {
      synchronized (phaseLock) {
        measuring = self;
        if (stopRequested || interrupted) {
          self.interrupt();
        }
      }
    }
  }

  /**
   * Ends the run early: the level in progress is cut short and no further level starts. Safe from
   * any thread, e.g. a shutdown hook; returns at once.
   */
  public void stop() {
    synchronized (phaseLock) {
      stopRequested = true;
      if (measuring != null) {
        measuring.interrupt();
      }
    }
  }

  /** Waits until {@link #execute} has returned (files and store complete); false on timeout. */
  public boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  private boolean stopped() {
    synchronized (phaseLock) {
      return stopRequested;
    }
  }

  private ObjectNode writeSummary(RunStatus status, Optional<Instant> end, RuntimeException failure) {
    String reason = failure == null ? "" : String.valueOf(failure.getMessage());
    ObjectNode summary =
        BenchSummaryJson.document(runId, status, startedAt, end, setup, outcomes(), reason);
    try {
      String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary);
      Path partial = summaryFile.resolveSibling("summary.json.tmp");
      Files.writeString(partial, text + "\n", StandardCharsets.UTF_8);
      Files.move(partial, summaryFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + summaryFile + ": " + e.getMessage(), e);
    }
    if (commonStart.isEmpty()) {
      store.runs().updateSummary(runId, summary.toString());
    }
    return summary;
  }

  private List<ModelOutcome> outcomes() {
    List<ModelOutcome> result = new ArrayList<>();
    for (BenchTarget target : setup.targets()) {
      SaturationResult search = searches.get(target.key());
      result.add(
          search == null
              ? new ModelOutcome(target, levels.get(target.key()), false, -1, false)
              : new ModelOutcome(
                  target, levels.get(target.key()), true, search.kneeIndex(), search.saturated()));
    }
    return result;
  }

  private void prepareFiles() {
    try {
      Files.createDirectories(setup.outDir());
      Files.deleteIfExists(recordsFile);
    } catch (IOException e) {
      throw new LoadException(
          "cannot prepare the output folder " + setup.outDir() + ": " + e.getMessage(), e);
    }
  }

  private String title() {
    return "bench " + String.join(" vs ",
        setup.targets().stream().map(BenchTarget::reference).toList());
  }
}
