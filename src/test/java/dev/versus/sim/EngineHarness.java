package dev.versus.sim;

import dev.versus.core.ManualNanoClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Drives a {@link BatchingModel} by hand on a manual clock: no threads, exact times. */
final class EngineHarness {
  final ManualNanoClock clock = new ManualNanoClock(0);
  final BatchingModel model;

  EngineHarness(Profile profile, long seed, AnswerKeys keys) {
    this.model = new BatchingModel(profile, seed, keys, clock);
  }

  EngineHarness(Profile profile) {
    this(profile, 42, AnswerKeys.empty());
  }

  /** One event and the virtual time it became readable. */
  record Timed(GenerationEvent event, long atNanos) {}

  Generation accept(GenerationRequest request) {
    Admission admission = model.submit(request);
    if (admission instanceof Admission.Accepted(Generation generation)) {
      return generation;
    }
    throw new AssertionError("expected acceptance, got " + admission);
  }

  SimFault reject(GenerationRequest request) {
    Admission admission = model.submit(request);
    if (admission instanceof Admission.Rejected(SimFault fault)) {
      return fault;
    }
    throw new AssertionError("expected a rejection, got " + admission);
  }

  /** Runs virtual time until {@code generation} reaches its terminal event. */
  List<Timed> drain(Generation generation) throws InterruptedException {
    ScheduledGeneration scheduled = (ScheduledGeneration) generation;
    List<Timed> events = new ArrayList<>();
    for (int guard = 0; guard < 10_000_000; guard++) {
      model.pump();
      GenerationEvent event;
      while ((event = scheduled.poll()) != null) {
        events.add(new Timed(event, clock.nanoTime()));
        if (!(event instanceof GenerationEvent.Tokens)) {
          return events;
        }
      }
      long next = model.nextEventAt();
      if (next == BatchScheduler.IDLE) {
        throw new AssertionError("engine idle before the generation ended: " + events);
      }
      clock.advance(Duration.ofNanos(next - clock.nanoTime()));
    }
    throw new AssertionError("generation never ended");
  }

  /** What a client would assemble from the events. */
  record Transcript(String content, String reasoning, int tokens, GenerationEvent terminal) {
    static Transcript of(List<Timed> events) {
      StringBuilder content = new StringBuilder();
      StringBuilder reasoning = new StringBuilder();
      int tokens = 0;
      for (Timed timed : events) {
        if (timed.event() instanceof GenerationEvent.Tokens chunk) {
          content.append(chunk.content());
          reasoning.append(chunk.reasoning());
          tokens += chunk.tokens();
        }
      }
      return new Transcript(
          content.toString(), reasoning.toString(), tokens, events.getLast().event());
    }

    GenerationEvent.Done done() {
      return (GenerationEvent.Done) terminal;
    }
  }

  Transcript run(GenerationRequest request) throws InterruptedException {
    return Transcript.of(drain(accept(request)));
  }
}
