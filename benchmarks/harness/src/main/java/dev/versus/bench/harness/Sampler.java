package dev.versus.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Samples, every {@code periodMillis} on a daemon thread until closed: streams open on the client,
 * the server's {@code vllm:num_requests_running}, server and client RSS and client heap in use;
 * keeps the peaks. Fields are read after {@link #close()}.
 */
final class Sampler implements AutoCloseable {
  private final SimProcess sim;
  private final IntSupplier clientOpen;
  private final long periodMillis;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long self = ProcessHandle.current().pid();
  volatile int peakClientOpen;
  volatile double peakServerRunning;
  volatile long peakServerRssKiB;
  volatile long peakClientRssKiB;
  volatile long peakClientHeapBytes;
  volatile double peakLoad;
  volatile int samples;

  Sampler(SimProcess sim, IntSupplier clientOpen, long periodMillis) {
    this.sim = sim;
    this.clientOpen = clientOpen;
    this.periodMillis = periodMillis;
    this.thread = Thread.ofPlatform().daemon().name("harness-sampler").start(this::loop);
  }

  private void loop() {
    while (running.get()) {
      peakClientOpen = Math.max(peakClientOpen, clientOpen.getAsInt());
      peakServerRunning = Math.max(peakServerRunning, sim.metric("vllm:num_requests_running"));
      peakServerRssKiB = Math.max(peakServerRssKiB, Proc.rssKiB(sim.pid()));
      peakClientRssKiB = Math.max(peakClientRssKiB, Proc.rssKiB(self));
      peakClientHeapBytes = Math.max(peakClientHeapBytes, memory.getHeapMemoryUsage().getUsed());
      peakLoad = Math.max(peakLoad, Proc.loadAverage());
      samples++;
      SimProcess.sleepMillis(periodMillis);
    }
  }

  @Override
  public void close() {
    running.set(false);
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
