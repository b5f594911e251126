package dev.versus.load;

import java.util.concurrent.Semaphore;

/**
 * Open loop: the dispatcher (the calling thread) sleeps until each intended send time of the
 * absolute schedule and starts that request on a new virtual thread, never waiting for earlier
 * ones; a stalled server therefore shows in schedule latency (no coordinated omission). With a
 * concurrency cap, a due request waits for a permit on its own thread; that wait delays its actual
 * send, so it shows in schedule latency but not in E2E.
 */
final class OpenLoop {
  private final RunState state;
  private final LoadModel.Open load;

  OpenLoop(RunState state, LoadModel.Open load) {
    this.state = state;
    this.load = load;
  }

  /** Runs to the end; returns whether the calling thread was interrupted. */
  boolean run() {
    Limits limits = state.config.limits();
    Shard shard = state.config.shard();
    long[] offsets =
        Schedule.offsets(
            load.arrivals(), state.config.seed(), limits.maxRequests(), limits.sendSpanNanos());
    Semaphore permits = load.maxConcurrency() == 0 ? null : new Semaphore(load.maxConcurrency());
    Runner runner = new Runner(state);
    try {
      for (int i = shard.index(); i < offsets.length && !state.stopped(); i += shard.count()) {
        long index = i;
        long intended = state.startNanos + offsets[i];
        // Prepared while waiting, so building the prompt never delays the send.
        BenchPrompt prompt = state.workload.prompt(index);
        state.env.sleeper().sleepUntil(intended);
        runner.start(() -> send(index, intended, prompt, permits));
      }
    } catch (InterruptedException e) {
      runner.abort();
      return true;
    } catch (RuntimeException e) {
      state.fail(e);
    }
    state.stopSending();
    runner.drain();
    return state.interrupted();
  }

  private void send(long index, long intended, BenchPrompt prompt, Semaphore permits) {
    if (permits == null) {
      state.execute(index, intended, prompt);
      return;
    }
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      state.recordUnsent(index, intended, prompt);
      Thread.currentThread().interrupt();
      return;
    }
    try {
      state.execute(index, intended, prompt);
    } finally {
      permits.release();
    }
  }
}
