package dev.versus.sim;

import dev.versus.core.Message;
import dev.versus.core.NanoClock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A simulated model on the continuous-batching engine: one {@link BatchScheduler} behind one lock,
 * driven by one daemon thread that sleeps until the next step ends and then delivers its tokens. So
 * thousands of concurrent generations cost one thread, not one per token or per request.
 */
final class BatchingModel implements SimModel {
  /** Longest the driver sleeps before reading the (possibly non-system) clock again. */
  private static final long MAX_SLEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Profile profile;
  private final List<String> servedNames;
  private final Planner planner;
  private final Gate gate;
  private final BatchScheduler scheduler;
  private final NanoClock clock;
  private final double apiOverheadNanos;
  private final SplittableRandom overheadJitter;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final AtomicReference<SimStats> stats = new AtomicReference<>();
  private long requests;
  private long rejected;
  private long disconnects;
  private long crashes;
  private boolean closed;
  private Thread driver;

  /** An engine without a driver thread: the caller moves it with {@link #pump()} (tests). */
  BatchingModel(Profile profile, long seed, AnswerKeys answerKeys, NanoClock clock) {
    this.profile = profile;
    this.servedNames = ModelNames.of(profile);
    this.planner = new Planner(profile, seed, answerKeys);
    SplittableRandom random = new SplittableRandom(seed);
    this.gate = new Gate(profile, random.split());
    this.scheduler = new BatchScheduler(profile.batching(), random.split());
    this.clock = clock;
    this.apiOverheadNanos = profile.batching().apiOverheadMs() * 1e6;
    this.overheadJitter = random.split();
    publish();
  }

  /** Starts the driver thread; returns this. */
  BatchingModel start() {
    driver = Thread.ofPlatform().daemon().name("sim-" + profile.name()).start(this::drive);
    return this;
  }

  @Override
  public String name() {
    return profile.name();
  }

  @Override
  public List<String> servedNames() {
    return servedNames;
  }

  @Override
  public ErrorStyle errorStyle() {
    return profile.errorStyle();
  }

  @Override
  public int countTokens(List<Message> messages) {
    return Tokenizer.countPrompt(messages);
  }

  @Override
  public SimStats stats() {
    return stats.get();
  }

  @Override
  public Admission submit(GenerationRequest request) {
    Planner.Result planned = planner.plan(request);
    lock.lock();
    try {
      if (closed) {
        return refuse(new SimFault(FaultKind.UNAVAILABLE, FaultMessages.shutDown(), Duration.ZERO));
      }
      if (!(planned instanceof Planner.Planned(OutputPlan plan))) {
        return refuse(((Planner.Refused) planned).fault());
      }
      long now = clock.nanoTime();
      scheduler.advanceTo(now);
      int concurrent = scheduler.running() + scheduler.waiting();
      return switch (gate.check(request, plan, now, concurrent)) {
        case Gate.Refuse(SimFault fault) -> refuse(fault);
        case Gate.Crash(SimFault fault) -> {
          crashes++;
          scheduler.removeAll().forEach(sequence -> sequence.sink.failed(fault));
          yield refuse(fault);
        }
        case Gate.Pass(OutputPlan admitted) -> {
          ScheduledGeneration generation = new ScheduledGeneration(admitted, this::cancel);
          Sequence sequence = new Sequence(admitted, now + overheadNanos(), generation);
          generation.attach(sequence);
          scheduler.enqueue(sequence, now);
          requests++;
          wake.signalAll();
          yield new Admission.Accepted(generation);
        }
      };
    } finally {
      publish();
      lock.unlock();
    }
  }

  /** The API overhead of one request, with the profile's jitter. Must hold the lock. */
  private long overheadNanos() {
    double jitter = profile.batching().jitter();
    double factor = jitter == 0 ? 1 : 1 + jitter * (2 * overheadJitter.nextDouble() - 1);
    return Math.round(apiOverheadNanos * factor);
  }

  private Admission refuse(SimFault fault) {
    rejected++;
    return new Admission.Rejected(fault);
  }

  private void cancel(ScheduledGeneration generation) {
    lock.lock();
    try {
      if (scheduler.cancel(generation.sequence())) {
        disconnects++;
        wake.signalAll();
      }
      publish();
    } finally {
      lock.unlock();
    }
  }

  /** Delivers everything due by the clock's current time. */
  void pump() {
    lock.lock();
    try {
      scheduler.advanceTo(clock.nanoTime());
      publish();
    } finally {
      lock.unlock();
    }
  }

  /** When the next step ends, {@link BatchScheduler#IDLE} when idle. */
  long nextEventAt() {
    lock.lock();
    try {
      return scheduler.nextEventAt();
    } finally {
      lock.unlock();
    }
  }

  private void drive() {
    lock.lock();
    try {
      while (!closed) {
        long now = clock.nanoTime();
        scheduler.advanceTo(now);
        publish();
        long next = scheduler.nextEventAt();
        if (next == BatchScheduler.IDLE) {
          wake.await();
        } else if (next > now) {
          wake.awaitNanos(Math.min(next - now, MAX_SLEEP_NANOS));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  /** Must hold the lock. */
  private void publish() {
    long held = scheduler.kvHeldTokens();
    Profile.Memory memory = profile.memory();
    stats.set(
        new SimStats(
            scheduler.running(),
            scheduler.waiting(),
            (double) held / profile.batching().kvCacheTokens(),
            memory.weightsBytes() + memory.kvBytesPerToken() * held,
            scheduler.prefilledTokens(),
            scheduler.generatedTokens(),
            requests,
            rejected,
            disconnects,
            crashes));
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      SimFault fault = new SimFault(FaultKind.UNAVAILABLE, FaultMessages.shutDown(), Duration.ZERO);
      scheduler.removeAll().forEach(sequence -> sequence.sink.failed(fault));
      publish();
      wake.signalAll();
    } finally {
      lock.unlock();
    }
    if (driver != null) {
      try {
        driver.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
