package dev.versus.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed loop: this shard's share of {@code concurrency} clients, each on its own virtual thread,
 * sends its next request as soon as the previous one finished, until the count limit or the send
 * span is reached. Request indices are global: local claim {@code k} is index {@code k × shards +
 * shard}.
 */
final class ClosedLoop {
  private static final long STOP_CHECK_NANOS = 100_000_000L;

  private final RunState state;
  private final int clients;
  private final AtomicLong claims = new AtomicLong();

  ClosedLoop(RunState state, LoadModel.Closed load) {
    this.state = state;
    this.clients = (int) state.config.shard().shareOf(load.concurrency());
  }

  /** Runs to the end; returns whether the calling thread was interrupted. */
  boolean run() {
    Runner runner = new Runner(state);
    for (int i = 0; i < clients; i++) {
      runner.start(this::client);
    }
    if (clients == 0) {
      state.stopSending();
    }
    try {
      long span = state.config.limits().sendSpanNanos();
      if (span > 0) {
        awaitSpanEnd(state.startNanos + span);
      } else {
        state.awaitSendingStopped();
      }
    } catch (InterruptedException e) {
      runner.abort();
      return true;
    }
    runner.drain();
    return state.interrupted();
  }

  /** Sleeps until {@code endNanos} in slices, so a run that stopped early is noticed. */
  private void awaitSpanEnd(long endNanos) throws InterruptedException {
    for (long now = state.env.clock().nanoTime();
        now < endNanos && !state.stopped();
        now = state.env.clock().nanoTime()) {
      state.env.sleeper().sleepUntil(Math.min(endNanos, now + STOP_CHECK_NANOS));
    }
  }

  private void client() {
    Limits limits = state.config.limits();
    Shard shard = state.config.shard();
    long span = limits.sendSpanNanos();
    while (!state.stopped() && !Thread.currentThread().isInterrupted()) {
      long now = state.env.clock().nanoTime();
      if (span > 0 && now - state.startNanos >= span) {
        return;
      }
      long index = claims.getAndIncrement() * shard.count() + shard.index();
      if (limits.maxRequests() > 0 && index >= limits.maxRequests()) {
        state.stopSending();
        return;
      }
      BenchPrompt prompt = state.workload.prompt(index);
      state.execute(index, state.env.clock().nanoTime(), prompt);
    }
  }
}
