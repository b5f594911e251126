package dev.versus.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Continuous batching in virtual time, like vLLM's scheduler: pure arithmetic, no threads, no clock.
 * The owner calls {@link #advanceTo} with the current time and sleeps until {@link #nextEventAt}.
 *
 * <p>A sequence reaches the server at its {@code eligibleAt} time (after the API overhead). A step
 * starts when the previous one ends (or when work arrives at an idle engine). At its start it admits
 * waiting sequences in arrival order while running &lt; {@code max-num-seqs} and the KV cache
 * has room for the head's reservation (prompt + max output tokens, reserved in full so that a
 * running sequence never needs preempting). The step lasts {@code step-base + step-per-sequence ×
 * decoding} plus the prefill of the sequences admitted in it ({@code prompt / prefill rate}), times
 * seeded jitter; at its end every sequence that decoded in it receives {@code tokens-per-chunk}
 * tokens. A stalled sequence keeps its slot and KV but sits out steps until its pause ends. Not
 * thread-safe.
 */
final class BatchScheduler {
  static final long IDLE = Long.MAX_VALUE;

  private final int maxNumSeqs;
  private final long kvCapacity;
  private final double prefillNanosPerToken;
  private final double stepBaseNanos;
  private final double stepPerSequenceNanos;
  private final int tokensPerChunk;
  private final double jitter;
  private final SplittableRandom random;

  /** Waiting sequences in arrival order: by the time they reach the server, then by submission. */
  private final PriorityQueue<Sequence> waiting =
      new PriorityQueue<>(
          java.util.Comparator.comparingLong((Sequence s) -> s.eligibleAtNanos)
              .thenComparingLong(s -> s.order));
  private long submitted;
  private final LinkedHashSet<Sequence> running = new LinkedHashSet<>();
  private List<Sequence> stepping = List.of();
  private long stepStartNanos = Long.MIN_VALUE;
  private long stepPrefillTokens;
  private long stepEndNanos = IDLE;
  private long wakeAtNanos = IDLE;
  private long kvHeld;
  private long prefilledTokens;
  private long generatedTokens;

  BatchScheduler(Profile.Batching batching, SplittableRandom random) {
    this.maxNumSeqs = batching.maxNumSeqs();
    this.kvCapacity = batching.kvCacheTokens();
    this.prefillNanosPerToken =
        batching.prefillTokensPerSecond() == 0 ? 0 : 1e9 / batching.prefillTokensPerSecond();
    this.stepBaseNanos = batching.stepBaseMs() * 1e6;
    this.stepPerSequenceNanos = batching.stepPerSequenceMs() * 1e6;
    this.tokensPerChunk = batching.tokensPerChunk();
    this.jitter = batching.jitter();
    this.random = random;
  }

  /**
   * Queues a sequence at {@code nowNanos} (after advancing to it). A sequence that arrives at the
   * very instant a step starts joins that step.
   */
  void enqueue(Sequence sequence, long nowNanos) {
    advanceTo(nowNanos);
    sequence.order = submitted++;
    waiting.add(sequence);
    if (stepEndNanos == IDLE || stepStartNanos == nowNanos) {
      startStep(nowNanos);
    }
  }

  /** Runs every step that ends at or before {@code nowNanos}, delivering their output. */
  void advanceTo(long nowNanos) {
    while (true) {
      if (stepEndNanos != IDLE && stepEndNanos <= nowNanos) {
        long end = stepEndNanos;
        completeStep(end);
        startStep(end);
      } else if (stepEndNanos == IDLE && wakeAtNanos <= nowNanos) {
        startStep(wakeAtNanos);
      } else {
        return;
      }
    }
  }

  /** When the next step ends or the idle engine must look again; {@link #IDLE} for never. */
  long nextEventAt() {
    return stepEndNanos != IDLE ? stepEndNanos : wakeAtNanos;
  }

  /** Removes a sequence wherever it is, freeing its slot and KV at once; false if already gone. */
  boolean cancel(Sequence sequence) {
    if (sequence.removed) {
      return false;
    }
    if (sequence.admitted) {
      release(sequence);
    } else {
      waiting.remove(sequence);
      sequence.removed = true;
    }
    return true;
  }

  /** Removes every sequence (a crash or shutdown) and returns them; the engine is idle after. */
  List<Sequence> removeAll() {
    List<Sequence> all = new ArrayList<>(running);
    all.addAll(waiting);
    all.forEach(sequence -> sequence.removed = true);
    running.clear();
    waiting.clear();
    stepping = List.of();
    kvHeld = 0;
    stepEndNanos = IDLE;
    wakeAtNanos = IDLE;
    return all;
  }

  int running() {
    return running.size();
  }

  int waiting() {
    return waiting.size();
  }

  long kvHeldTokens() {
    return kvHeld;
  }

  long prefilledTokens() {
    return prefilledTokens;
  }

  long generatedTokens() {
    return generatedTokens;
  }

  private void startStep(long startNanos) {
    if (stepStartNanos != startNanos) {
      stepPrefillTokens = 0;
    }
    stepStartNanos = startNanos;
    stepEndNanos = IDLE;
    wakeAtNanos = IDLE;
    stepPrefillTokens += admit(startNanos);
    long prefill = stepPrefillTokens;
    List<Sequence> decoding = new ArrayList<>(running.size());
    for (Sequence sequence : running) {
      if (sequence.paused(startNanos)) {
        wakeAtNanos = Math.min(wakeAtNanos, sequence.pausedUntilNanos);
      } else {
        decoding.add(sequence);
      }
    }
    if (decoding.isEmpty()) {
      Sequence head = waiting.peek();
      if (head != null && head.eligibleAtNanos > startNanos) {
        wakeAtNanos = Math.min(wakeAtNanos, head.eligibleAtNanos);
      }
      stepping = List.of();
      return;
    }
    stepping = decoding;
    double nanos =
        stepBaseNanos + stepPerSequenceNanos * decoding.size() + prefillNanosPerToken * prefill;
    if (jitter > 0) {
      nanos *= 1 + jitter * (2 * random.nextDouble() - 1);
    }
    stepEndNanos = startNanos + Math.max(1, Math.round(nanos));
  }

  /** Admits eligible waiting sequences in FIFO order; returns the prompt tokens to prefill. */
  private long admit(long atNanos) {
    long prefill = 0;
    while (!waiting.isEmpty()) {
      Sequence head = waiting.peek();
      if (head.eligibleAtNanos > atNanos
          || running.size() >= maxNumSeqs
          || kvHeld + head.kvTokens > kvCapacity) {
        break;
      }
      waiting.poll();
      head.admitted = true;
      running.add(head);
      kvHeld += head.kvTokens;
      prefill += head.promptTokens;
      prefilledTokens += head.promptTokens;
    }
    return prefill;
  }

  private void completeStep(long endNanos) {
    for (Sequence sequence : stepping) {
      if (sequence.removed) {
        continue;
      }
      int count = sequence.nextChunk(tokensPerChunk);
      sequence.emitted += count;
      generatedTokens += count;
      boolean last = sequence.emitted == sequence.outputTokens;
      sequence.sink.tokens(count, last, endNanos);
      if (last) {
        release(sequence);
      } else if (sequence.emitted == sequence.cutAtToken) {
        release(sequence);
        sequence.sink.cut(endNanos);
      } else if (sequence.emitted == sequence.stallAtToken && !sequence.stalled) {
        sequence.stalled = true;
        sequence.pausedUntilNanos = endNanos + sequence.stallNanos;
      }
    }
    stepping = List.of();
  }

  private void release(Sequence sequence) {
    running.remove(sequence);
    kvHeld -= sequence.kvTokens;
    sequence.removed = true;
  }
}
