package dev.versus.sim;

import dev.versus.core.NanoClock;
import java.util.Objects;

/**
 * Creates simulated models. A profile with any latency runs on the continuous-batching engine (one
 * daemon driver thread per model); a profile whose times are all zero ({@link
 * Profile.Batching#instant()}) runs without any scheduler. Close the model to stop it.
 */
public final class SimModels {
  private SimModels() {}

  /** A model on the system clock with the built-in answer keys. */
  public static SimModel create(Profile profile, long seed) {
    return create(profile, seed, AnswerKeys.builtIn(), NanoClock.system());
  }

  /** A model on the system clock answering items of {@code answerKeys}. */
  public static SimModel create(Profile profile, long seed, AnswerKeys answerKeys) {
    return create(profile, seed, answerKeys, NanoClock.system());
  }

  /**
   * A model on an injected clock. Its driver thread sleeps in real time but re-reads {@code clock}
   * at least every 20 ms, so a manual clock works too (coarsely); quotas and crash recovery follow
   * {@code clock}.
   *
   * @param seed decides content, jitter and injected faults; the same seed gives the same answers
   */
  public static SimModel create(
      Profile profile, long seed, AnswerKeys answerKeys, NanoClock clock) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(answerKeys, "answerKeys");
    Objects.requireNonNull(clock, "clock");
    if (profile.batching().instant()) {
      return new InstantModel(profile, seed, answerKeys, clock);
    }
    return new BatchingModel(profile, seed, answerKeys, clock).start();
  }
}
