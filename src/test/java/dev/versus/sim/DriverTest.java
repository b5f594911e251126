package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real driver thread on the system clock. Timing tolerances are generous (the build machine is
 * shared and busy): a stream may be late by up to a second, never early.
 */
class DriverTest {
  private static final long MS = 1_000_000;

  /** 5 ms + 0.05 ms × decoding per step, no prefill, no overhead, no jitter. */
  private static Profile fiveMsSteps() {
    return TestProfiles.with(TestProfiles.timed(),
        new Profile.Batching(256, 10_000_000, 0, 0, 5, 0.05, 1, 0));
  }

  @Test
  void next_oneStream_followsTheStepClockNeverEarly() throws Exception {
    try (SimModel model = SimModels.create(fiveMsSteps(), 1)) {
      long start = System.nanoTime();
      var admission = model.submit(TestProfiles.request("Hello", 40, true));
      Generation generation = ((Admission.Accepted) admission).generation();
      long firstAt = 0;
      int tokens = 0;
      GenerationEvent event;
      while ((event = generation.next()) instanceof GenerationEvent.Tokens chunk) {
        firstAt = firstAt == 0 ? System.nanoTime() : firstAt;
        tokens += chunk.tokens();
      }
      long e2e = System.nanoTime() - start;

      assertThat(event).isInstanceOf(GenerationEvent.Done.class);
      assertThat(tokens).isEqualTo(40);
      assertThat(firstAt - start).isGreaterThanOrEqualTo(5 * MS);
      assertThat(e2e).isBetween(40 * 5 * MS, 40 * 5 * MS + 1_000 * MS);
    }
  }

  @Test
  void submit_manyConcurrentStreams_allCompleteExactlyOnOneDriverThread() throws Exception {
    int streams = 200;
    try (SimModel model = SimModels.create(fiveMsSteps(), 1);
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Integer>> results = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < streams; i++) {
        String prompt = "Question number " + i;
        results.add(clients.submit(() -> {
          var admission = model.submit(TestProfiles.request(prompt, 20, true));
          try (Generation generation = ((Admission.Accepted) admission).generation()) {
            GenerationEvent event;
            while ((event = generation.next()) instanceof GenerationEvent.Tokens) {
              // reading is all a client does
            }
            return ((GenerationEvent.Done) event).usage().outputTokens();
          }
        }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(20);
      }
      long elapsed = System.nanoTime() - start;

      // 20 steps of 5 + 0.05 × 200 = 15 ms when every stream joins at once: 300 ms at best.
      assertThat(elapsed).isGreaterThanOrEqualTo(20 * 5 * MS);
      assertThat(elapsed).as("generous bound for a loaded 2-core machine").isLessThan(30_000 * MS);
      // the last Done reaches a client just before the driver's bookkeeping of that step
      // finishes: wait (bounded) for the engine to settle before reading its gauges
      SimStats stats = model.stats();
      for (int i = 0; i < 200 && (stats.running() != 0 || stats.kvCacheUsage() != 0); i++) {
        Thread.sleep(10);
        stats = model.stats();
      }
      assertThat(stats.requestsTotal()).isEqualTo(streams);
      assertThat(stats.running()).isZero();
      assertThat(stats.waiting()).isZero();
      assertThat(stats.kvCacheUsage()).isZero();
      assertThat(stats.generationTokensTotal()).isEqualTo(20L * streams);
      long drivers = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().equals("sim-test-model")).count();
      assertThat(drivers).isEqualTo(1);
    }
  }

  @Test
  void cancel_fromAnotherThread_wakesNothingAndFreesTheSlot() throws Exception {
    try (SimModel model = SimModels.create(fiveMsSteps(), 1)) {
      var admission = model.submit(TestProfiles.request("Hello", 10_000, true));
      Generation generation = ((Admission.Accepted) admission).generation();
      assertThat(generation.next()).isInstanceOf(GenerationEvent.Tokens.class);

      Thread.ofVirtual().start(generation::cancel).join(5_000);

      assertThat(model.stats().running()).isZero();
      assertThat(model.stats().disconnectsTotal()).isEqualTo(1);
      assertThat(generation.next()).isInstanceOf(GenerationEvent.Failed.class);
    }
  }

  @Test
  void close_runningGenerations_endWithAFault() throws Exception {
    SimModel model = SimModels.create(fiveMsSteps(), 1);
    var admission = model.submit(TestProfiles.request("Hello", 10_000, true));
    Generation generation = ((Admission.Accepted) admission).generation();

    model.close();

    GenerationEvent event;
    do {
      event = generation.next();
    } while (event instanceof GenerationEvent.Tokens);
    assertThat(event).isInstanceOf(GenerationEvent.Failed.class);
    assertThat(model.submit(TestProfiles.request("Hello", 10, true)))
        .isInstanceOf(Admission.Rejected.class);
  }
}
