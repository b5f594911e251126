package dev.versus.sim;

import dev.versus.core.Message;
import dev.versus.core.NanoClock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A simulated model whose profile has no latency at all: no scheduler and no driver thread; every
 * generation hands out its chunks as fast as they are read. Stalls are ignored (they are latency);
 * limits, quotas, crashes, errors and cuts still apply when the profile sets them.
 */
final class InstantModel implements SimModel {
  private final Profile profile;
  private final List<String> servedNames;
  private final Planner planner;
  private final Gate gate;
  private final NanoClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Set<InstantGeneration> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong kvHeld = new AtomicLong();
  private final AtomicLong promptTotal = new AtomicLong();
  private final AtomicLong generatedTotal = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong disconnects = new AtomicLong();
  private final AtomicLong crashes = new AtomicLong();
  private volatile boolean closed;

  InstantModel(Profile profile, long seed, AnswerKeys answerKeys, NanoClock clock) {
    this.profile = profile;
    this.servedNames = ModelNames.of(profile);
    this.planner = new Planner(profile, seed, answerKeys);
    this.gate = new Gate(profile, new SplittableRandom(seed));
    this.clock = clock;
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
  public Admission submit(GenerationRequest request) {
    if (closed) {
      return refuse(new SimFault(FaultKind.UNAVAILABLE, FaultMessages.shutDown(), Duration.ZERO));
    }
    Planner.Result planned = planner.plan(request);
    if (!(planned instanceof Planner.Planned(OutputPlan plan))) {
      return refuse(((Planner.Refused) planned).fault());
    }
    lock.lock();
    try {
      return switch (gate.check(request, plan, clock.nanoTime(), open.size())) {
        case Gate.Refuse(SimFault fault) -> refuse(fault);
        case Gate.Crash(SimFault fault) -> {
          crashes.incrementAndGet();
          failAll(fault);
          yield refuse(fault);
        }
        case Gate.Pass(OutputPlan admitted) -> {
          InstantGeneration generation =
              new InstantGeneration(admitted, profile.batching().tokensPerChunk(), this::ended);
          open.add(generation);
          kvHeld.addAndGet(admitted.kvReservation());
          promptTotal.addAndGet(admitted.promptTokens());
          requests.incrementAndGet();
          yield new Admission.Accepted(generation);
        }
      };
    } finally {
      lock.unlock();
    }
  }

  private Admission refuse(SimFault fault) {
    rejected.incrementAndGet();
    return new Admission.Rejected(fault);
  }

  private void ended(InstantGeneration generation, boolean byClient) {
    if (open.remove(generation)) {
      kvHeld.addAndGet(-generation.plan().kvReservation());
      generatedTotal.addAndGet(generation.emitted());
      if (byClient) {
        disconnects.incrementAndGet();
      }
    }
  }

  private void failAll(SimFault fault) {
    for (InstantGeneration generation : List.copyOf(open)) {
      generation.fail(fault);
    }
  }

  @Override
  public SimStats stats() {
    long held = kvHeld.get();
    Profile.Memory memory = profile.memory();
    return new SimStats(
        open.size(),
        0,
        (double) held / profile.batching().kvCacheTokens(),
        memory.weightsBytes() + memory.kvBytesPerToken() * held,
        promptTotal.get(),
        generatedTotal.get(),
        requests.get(),
        rejected.get(),
        disconnects.get(),
        crashes.get());
  }

  @Override
  public void close() {
    closed = true;
    failAll(new SimFault(FaultKind.UNAVAILABLE, FaultMessages.shutDown(), Duration.ZERO));
  }
}
