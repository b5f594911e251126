package dev.versus.load;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.ProviderError;
import dev.versus.metrics.Aggregator;
import dev.versus.metrics.RequestMeta;
import dev.versus.metrics.RequestRecord;
import dev.versus.metrics.RequestTimer;
import dev.versus.metrics.Status;
import dev.versus.provider.CallHandle;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** The shared state of one run: sends one request, records it, tracks progress and stopping. */
final class RunState {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  final Target target;
  final Workload workload;
  final BenchConfig config;
  final Environment env;
  final long startNanos;
  final Aggregator aggregator;
  private final RunObserver observer;
  private final String level;
  private final Set<CallHandle> calls = ConcurrentHashMap.newKeySet();
  private final Set<Thread> waiting = ConcurrentHashMap.newKeySet();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong completed = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong latestNanos = new AtomicLong(Long.MIN_VALUE);
  private final ArrayDeque<Long> recentCompletions = new ArrayDeque<>();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private final CountDownLatch sendingStopped = new CountDownLatch(1);
  private volatile boolean stopped;
  private volatile boolean interrupted;

  RunState(
      Target target,
      Workload workload,
      BenchConfig config,
      Environment env,
      RunObserver observer,
      long startNanos,
      Aggregator aggregator) {
    this.target = target;
    this.workload = workload;
    this.config = config;
    this.env = env;
    this.observer = observer;
    this.startNanos = startNanos;
    this.aggregator = aggregator;
    this.level = config.load().label();
  }

  /** Sends request {@code index} with its prompt, waits for the outcome and records it. */
  void execute(long index, long intendedNanos, BenchPrompt prompt) {
    RequestMeta meta =
        new RequestMeta(
            index,
            target.modelKey(),
            level,
            config.shard().index(),
            prompt.promptTokens(),
            intendedNanos);
    RequestTimer timer = new RequestTimer(env.clock(), meta);
    sent.incrementAndGet();
    inFlight.incrementAndGet();
    latestNanos.accumulateAndGet(intendedNanos, Math::max);
    try {
      ChatRequest request = prompt.toRequest(target.provider().model());
      CallOutcome outcome =
          switch (target.delivery()) {
            case STREAMED -> streamed(request, timer);
            case WHOLE -> whole(request, timer);
          };
      record(timer.finish(outcome, env.counter()));
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /**
   * Reads the stream on this (virtual) thread; {@link #cancelInFlight} cancels it through its
   * handle, registered before the request is sent (a cancel that comes first applies at once).
   */
  private CallOutcome streamed(ChatRequest request, RequestTimer timer) {
    CallHandle handle = new CallHandle();
    calls.add(handle);
    timer.markSent();
    try {
      return target.provider().streamHere(request, timer, handle);
    } finally {
      calls.remove(handle);
    }
  }

  /**
   * A non-streamed call blocks this (virtual) thread; {@link #cancelInFlight} interrupts it, which
   * the provider turns into a cancelled outcome and a closed connection.
   */
  private CallOutcome whole(ChatRequest request, RequestTimer timer) {
    Thread self = Thread.currentThread();
    waiting.add(self);
    CallOutcome outcome;
    try {
      timer.markSent();
      outcome = target.provider().call(request);
    } finally {
      waiting.remove(self);
    }
    timer.onWholeResponse(outcome);
    return outcome;
  }

  /**
   * Records a request that was due but never sent because the run stopped while it waited for a
   * concurrency permit: a cancelled failure, so a drain timeout cannot hide it.
   */
  void recordUnsent(long index, long intendedNanos, BenchPrompt prompt) {
    RequestMeta meta =
        new RequestMeta(
            index,
            target.modelKey(),
            level,
            config.shard().index(),
            prompt.promptTokens(),
            intendedNanos);
    RequestTimer timer = new RequestTimer(env.clock(), meta);
    timer.markSent();
    ProviderError error =
        ProviderError.of(ErrorClass.CANCELLED, "never sent: the concurrency cap was still full");
    record(timer.finish(CallOutcome.Failed.of(error), env.counter()));
  }

  private void record(RequestRecord record) {
    boolean ownCancel =
        interrupted
            && record.status() instanceof Status.Error error
            && error.errorClass() == ErrorClass.CANCELLED;
    if (!ownCancel) {
      aggregator.add(record);
    }
    long end = record.timing().lastByteNanos();
    latestNanos.accumulateAndGet(end, Math::max);
    long done = completed.incrementAndGet();
    long failed = record.ok() ? errors.get() : errors.incrementAndGet();
    double rate;
    synchronized (recentCompletions) {
      recentCompletions.addLast(end);
      while (!recentCompletions.isEmpty()
          && recentCompletions.peekFirst() <= end - NANOS_PER_SECOND) {
        recentCompletions.removeFirst();
      }
      rate = recentCompletions.size();
    }
    observer.onRecord(record);
    observer.onProgress(
        new Progress(end - startNanos, sent.get(), done, failed, inFlight.get(), rate));
  }

  /** Stops sending because a thread of the run failed unexpectedly; rethrown after the run. */
  void fail(RuntimeException e) {
    failure.compareAndSet(null, e);
    stopSending();
  }

  void stopSending() {
    stopped = true;
    sendingStopped.countDown();
  }

  boolean stopped() {
    return stopped;
  }

  void awaitSendingStopped() throws InterruptedException {
    sendingStopped.await();
  }

  void markInterrupted() {
    interrupted = true;
    stopSending();
  }

  boolean interrupted() {
    return interrupted;
  }

  void cancelInFlight() {
    calls.forEach(CallHandle::cancel);
    waiting.forEach(Thread::interrupt);
  }

  /** The latest intended send or completion seen, in clock nanoseconds. */
  long latestNanos() {
    return latestNanos.get();
  }

  void rethrowFailure() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e instanceof LoadException load
          ? load
          : new LoadException(
              "the run against " + target.provider().label() + " failed unexpectedly: " + e, e);
    }
  }
}
