package dev.versus.sim;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A generation fed by the batch scheduler's driver. The driver pushes token counts into a bounded
 * queue (when a slow reader lets it fill, new chunks merge into the last one, so the driver never
 * blocks); the reader's thread turns them into text in {@link #next()}.
 */
final class ScheduledGeneration implements Generation, Sequence.Sink {
  /** Most chunks buffered per generation before new ones merge into the last. */
  static final int QUEUE_CAPACITY = 64;

  private final Script script;
  private final int promptTokens;
  private final Consumer<ScheduledGeneration> onCancel;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition ready = lock.newCondition();
  private final ArrayDeque<int[]> chunks = new ArrayDeque<>();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private boolean complete;
  private boolean cut;
  private SimFault failure;
  private volatile GenerationEvent terminal;
  private Sequence sequence;

  ScheduledGeneration(OutputPlan plan, Consumer<ScheduledGeneration> onCancel) {
    this.script = new Script(plan);
    this.promptTokens = plan.promptTokens();
    this.onCancel = onCancel;
  }

  void attach(Sequence value) {
    this.sequence = value;
  }

  Sequence sequence() {
    return sequence;
  }

  @Override
  public int promptTokens() {
    return promptTokens;
  }

  @Override
  public void tokens(int count, boolean last, long atNanos) {
    lock.lock();
    try {
      if (chunks.size() >= QUEUE_CAPACITY) {
        chunks.peekLast()[0] += count;
      } else {
        chunks.addLast(new int[] {count});
      }
      complete |= last;
      ready.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void cut(long atNanos) {
    lock.lock();
    try {
      cut = true;
      ready.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void failed(SimFault fault) {
    lock.lock();
    try {
      failure = fault;
      ready.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public GenerationEvent next() throws InterruptedException {
    GenerationEvent end = terminal;
    if (end != null) {
      return end;
    }
    int count;
    lock.lock();
    try {
      while (chunks.isEmpty() && !complete && !cut && failure == null && !cancelled.get()) {
        ready.await();
      }
      count = chunks.isEmpty() || cancelled.get() ? 0 : chunks.pollFirst()[0];
      if (count == 0) {
        end = endEvent();
      }
    } finally {
      lock.unlock();
    }
    if (end != null) {
      terminal = end;
      return end;
    }
    return script.take(count);
  }

  /** Non-blocking {@link #next()} for tests that drive the engine by hand; null when none is due. */
  GenerationEvent poll() throws InterruptedException {
    lock.lock();
    try {
      boolean due = !chunks.isEmpty() || complete || cut || failure != null || cancelled.get();
      if (!due && terminal == null) {
        return null;
      }
    } finally {
      lock.unlock();
    }
    return next();
  }

  private GenerationEvent endEvent() {
    if (cancelled.get()) {
      return new GenerationEvent.Failed(
          new SimFault(FaultKind.UNAVAILABLE, FaultMessages.cancelled(), Duration.ZERO));
    }
    if (complete) {
      return script.done();
    }
    if (failure != null) {
      return new GenerationEvent.Failed(failure);
    }
    return new GenerationEvent.Cut();
  }

  @Override
  public void cancel() {
    if (terminal == null && cancelled.compareAndSet(false, true)) {
      onCancel.accept(this);
      lock.lock();
      try {
        ready.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public void close() {
    cancel();
  }
}
