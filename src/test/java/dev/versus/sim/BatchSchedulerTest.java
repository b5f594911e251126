package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.versus.core.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's arithmetic in virtual time, with no jitter: step = 10 ms + 1 ms × decoding
 * sequences + prefill at 10,000 prompt tokens/s; one token per step.
 */
class BatchSchedulerTest {
  private static final long MS = 1_000_000;

  /** Records what the scheduler delivered to one sequence. */
  static final class Recorder implements Sequence.Sink {
    final List<Long> tokenTimes = new ArrayList<>();
    int tokens;
    boolean last;
    boolean cut;
    SimFault failure;

    @Override
    public void tokens(int count, boolean isLast, long atNanos) {
      tokens += count;
      tokenTimes.add(atNanos);
      last |= isLast;
    }

    @Override
    public void cut(long atNanos) {
      cut = true;
    }

    @Override
    public void failed(SimFault fault) {
      failure = fault;
    }

    long firstAt() {
      return tokenTimes.getFirst();
    }

    long gap(int i) {
      return tokenTimes.get(i + 1) - tokenTimes.get(i);
    }
  }

  static OutputPlan plan(int prompt, int output, int maxTokens) {
    return new OutputPlan(prompt, maxTokens, 0, output, FinishReason.STOP, Vocabulary.ENGLISH, 1,
        "", 0, 0, 0);
  }

  static BatchScheduler scheduler(Profile.Batching batching) {
    return new BatchScheduler(batching, new SplittableRandom(1));
  }

  static void runToEnd(BatchScheduler scheduler) {
    while (scheduler.nextEventAt() != BatchScheduler.IDLE) {
      scheduler.advanceTo(scheduler.nextEventAt());
    }
  }

  @Test
  void advanceTo_oneSequence_ttftIsPrefillPlusFirstStepAndItlIsOneStep() {
    BatchScheduler scheduler = scheduler(TestProfiles.batching());
    Recorder sink = new Recorder();
    scheduler.enqueue(new Sequence(plan(1_000, 5, 100), 0, sink), 0);

    runToEnd(scheduler);

    assertThat(sink.firstAt()).isEqualTo(100 * MS + 11 * MS); // 1,000 / 10,000 s + (10 + 1) ms
    assertThat(sink.gap(0)).isEqualTo(11 * MS);
    assertThat(sink.tokens).isEqualTo(5);
    assertThat(sink.last).isTrue();
    assertThat(sink.tokenTimes.getLast()).isEqualTo(111 * MS + 4 * 11 * MS);
  }

  @Test
  void advanceTo_growingConcurrency_ttftAndItlFollowTheFormula() {
    for (int n : new int[] {1, 2, 4, 8}) {
      BatchScheduler scheduler = scheduler(TestProfiles.batching());
      List<Recorder> sinks = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Recorder sink = new Recorder();
        sinks.add(sink);
        scheduler.enqueue(new Sequence(plan(500, 10, 100), 0, sink), 0);
      }
      runToEnd(scheduler);

      long prefill = n * 500L * 100_000; // n prompts of 500 tokens at 10,000 tokens/s, in ns
      long step = (10 + n) * MS;
      for (Recorder sink : sinks) {
        assertThat(sink.firstAt()).as("TTFT at %d", n).isEqualTo(prefill + step);
        assertThat(sink.gap(3)).as("ITL at %d", n).isEqualTo(step);
      }
    }
  }

  @Test
  void advanceTo_batchFull_laterRequestsQueueFifoUntilASlotFrees() {
    BatchScheduler scheduler = scheduler(TestProfiles.batching()); // max-num-seqs 8
    List<Recorder> sinks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Recorder sink = new Recorder();
      sinks.add(sink);
      scheduler.enqueue(new Sequence(plan(0, 100, 100), 0, sink), 0);
    }
    assertThat(scheduler.running()).isEqualTo(8);
    assertThat(scheduler.waiting()).isEqualTo(2);

    runToEnd(scheduler);

    long fullStep = 18 * MS;
    assertThat(sinks.get(7).firstAt()).isEqualTo(fullStep);
    // The ninth starts when the first wave ends after 100 full steps, then decodes with one other.
    assertThat(sinks.get(8).firstAt()).isEqualTo(100 * fullStep + 12 * MS);
    assertThat(sinks.get(9).firstAt()).isEqualTo(sinks.get(8).firstAt());
    assertThat(scheduler.running()).isZero();
  }

  @Test
  void advanceTo_beyondMaxNumSeqs_throughputSaturatesAtSlotsOverStepTime() {
    double[] throughput = new double[6];
    int[] concurrency = {1, 2, 4, 8, 16, 32};
    for (int k = 0; k < concurrency.length; k++) {
      BatchScheduler scheduler = scheduler(TestProfiles.batching());
      Recorder[] sinks = new Recorder[concurrency[k]];
      for (int i = 0; i < sinks.length; i++) {
        sinks[i] = new Recorder();
        scheduler.enqueue(new Sequence(plan(0, 200, 200), 0, sinks[i]), 0);
      }
      runToEnd(scheduler);
      long end = 0;
      for (Recorder sink : sinks) {
        end = Math.max(end, sink.tokenTimes.getLast());
      }
      throughput[k] = concurrency[k] * 200 / (end / 1e9);
    }
    double knee = 8 * 1 / 0.018; // max-num-seqs × tokens-per-chunk / full step time, tokens/s
    assertThat(throughput[0]).isCloseTo(1 / 0.011, within(0.01));
    for (int k = 1; k < 4; k++) {
      assertThat(throughput[k]).isGreaterThan(throughput[k - 1]);
    }
    assertThat(throughput[3]).isCloseTo(knee, within(0.01));
    assertThat(throughput[4]).isCloseTo(knee, within(0.01));
    assertThat(throughput[5]).isCloseTo(knee, within(0.01));
  }

  @Test
  void advanceTo_kvCacheFull_admitsWhatFitsAndGaugeReturnsToZero() {
    Profile.Batching batching = new Profile.Batching(100, 10_000, 10_000, 0, 10, 1, 1, 0);
    BatchScheduler scheduler = scheduler(batching);
    for (int i = 0; i < 10; i++) {
      scheduler.enqueue(new Sequence(plan(100, 50, 1_000), 0, new Recorder()), 0);
    }
    assertThat(scheduler.running()).isEqualTo(9); // 9 × (100 + 1,000) = 9,900 of 10,000
    assertThat(scheduler.waiting()).isEqualTo(1);
    assertThat(scheduler.kvHeldTokens()).isEqualTo(9_900);

    runToEnd(scheduler);

    assertThat(scheduler.kvHeldTokens()).isZero();
    assertThat(scheduler.generatedTokens()).isEqualTo(500);
    assertThat(scheduler.prefilledTokens()).isEqualTo(1_000);
  }

  @Test
  void cancel_runningSequence_freesSlotAndKvAtOnce() {
    Profile.Batching oneSlot = new Profile.Batching(1, 1_000_000, 10_000, 0, 10, 1, 1, 0);
    BatchScheduler scheduler = scheduler(oneSlot);
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    Sequence running = new Sequence(plan(0, 1_000, 1_000), 0, first);
    scheduler.enqueue(running, 0);
    scheduler.enqueue(new Sequence(plan(0, 3, 10), 0, second), 0);
    scheduler.advanceTo(55 * MS); // five steps of 11 ms

    assertThat(scheduler.cancel(running)).isTrue();
    assertThat(scheduler.running()).isZero();
    assertThat(scheduler.kvHeldTokens()).isZero();
    assertThat(scheduler.cancel(running)).isFalse();
    runToEnd(scheduler);

    assertThat(first.tokens).isEqualTo(5);
    // The step that started at 55 ms runs to its end; the freed slot is used from the next one.
    assertThat(second.firstAt()).isEqualTo(66 * MS + 11 * MS);
    assertThat(second.last).isTrue();
  }

  @Test
  void advanceTo_apiOverhead_delaysAdmission() {
    BatchScheduler scheduler = scheduler(TestProfiles.batching());
    Recorder sink = new Recorder();
    scheduler.enqueue(new Sequence(plan(0, 2, 10), 500 * MS, sink), 0);
    assertThat(scheduler.nextEventAt()).isEqualTo(500 * MS);

    runToEnd(scheduler);

    assertThat(sink.firstAt()).isEqualTo(511 * MS);
  }

  @Test
  void advanceTo_stalledSequence_pausesOnceKeepingItsSlot() {
    BatchScheduler scheduler = scheduler(TestProfiles.batching());
    Recorder sink = new Recorder();
    OutputPlan stalled = plan(0, 6, 10).withFaults(3, 1_000 * MS, 0);
    scheduler.enqueue(new Sequence(stalled, 0, sink), 0);

    scheduler.advanceTo(33 * MS);
    assertThat(sink.tokens).isEqualTo(3);
    scheduler.advanceTo(500 * MS);
    assertThat(sink.tokens).isEqualTo(3);
    assertThat(scheduler.running()).isEqualTo(1);
    runToEnd(scheduler);

    assertThat(sink.gap(2)).isEqualTo(1_000 * MS + 11 * MS);
    assertThat(sink.tokens).isEqualTo(6);
  }

  @Test
  void advanceTo_cutSequence_stopsWithoutLastChunkAndFreesSlot() {
    BatchScheduler scheduler = scheduler(TestProfiles.batching());
    Recorder sink = new Recorder();
    scheduler.enqueue(new Sequence(plan(0, 10, 10).withFaults(0, 0, 4), 0, sink), 0);

    runToEnd(scheduler);

    assertThat(sink.tokens).isEqualTo(4);
    assertThat(sink.cut).isTrue();
    assertThat(sink.last).isFalse();
    assertThat(scheduler.running()).isZero();
    assertThat(scheduler.kvHeldTokens()).isZero();
  }

  @Test
  void advanceTo_chunkedSteps_emitChunksAndShortLastChunk() {
    Profile.Batching chunked = new Profile.Batching(8, 1_000_000, 10_000, 0, 10, 1, 4, 0);
    BatchScheduler scheduler = scheduler(chunked);
    Recorder sink = new Recorder();
    scheduler.enqueue(new Sequence(plan(0, 10, 10), 0, sink), 0);

    runToEnd(scheduler);

    assertThat(sink.tokenTimes).hasSize(3); // 4 + 4 + 2
    assertThat(sink.tokens).isEqualTo(10);
  }

  @Test
  void advanceTo_withJitter_stepTimesVaryWithinTheFraction() {
    Profile.Batching jittery = new Profile.Batching(8, 1_000_000, 10_000, 0, 10, 1, 1, 0.1);
    BatchScheduler scheduler = scheduler(jittery);
    Recorder sink = new Recorder();
    scheduler.enqueue(new Sequence(plan(0, 50, 50), 0, sink), 0);

    runToEnd(scheduler);

    List<Long> gaps = new ArrayList<>();
    for (int i = 0; i < 49; i++) {
      gaps.add(sink.gap(i));
    }
    assertThat(gaps).allSatisfy(g -> assertThat(g).isBetween(9_900_000L, 12_100_000L));
    assertThat(gaps.stream().distinct().count()).isGreaterThan(10);
  }

  @Test
  void advanceTo_laterSubmissionArrivingFirst_isAdmittedFirst() {
    Profile.Batching oneSlot = new Profile.Batching(1, 1_000_000, 10_000, 0, 10, 1, 1, 0);
    BatchScheduler scheduler = scheduler(oneSlot);
    Recorder slow = new Recorder();
    Recorder fast = new Recorder();
    scheduler.enqueue(new Sequence(plan(0, 2, 10), 30 * MS, slow), 0);
    scheduler.enqueue(new Sequence(plan(0, 2, 10), 20 * MS, fast), 0);

    runToEnd(scheduler);

    assertThat(fast.firstAt()).isEqualTo(31 * MS);
    assertThat(slow.firstAt()).isEqualTo(42 * MS + 11 * MS);
  }

  @Test
  void advanceTo_fiveThousandSequences_completesQuicklyInVirtualTime() {
    Profile.Batching big = new Profile.Batching(512, 100_000_000, 20_000, 0, 10, 0.1, 1, 0.05);
    BatchScheduler scheduler = scheduler(big);
    List<Recorder> sinks = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < 5_000; i++) {
      Recorder sink = new Recorder();
      sinks.add(sink);
      scheduler.enqueue(new Sequence(plan(200, 50, 100), i * MS, sink), i * MS);
    }
    runToEnd(scheduler);

    assertThat(sinks).allSatisfy(sink -> assertThat(sink.tokens).isEqualTo(50));
    assertThat(scheduler.generatedTokens()).isEqualTo(250_000);
    assertThat(System.nanoTime() - start).as("wall time, generous").isLessThan(5_000 * MS);
  }
}
