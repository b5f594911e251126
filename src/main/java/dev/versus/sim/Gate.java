package dev.versus.sim;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The profile's stateful faults at the door: crash recovery, quotas, the crash threshold and random
 * errors, plus the seeded choice of stalls and cuts. Not thread-safe: the model calls it under its
 * lock.
 */
final class Gate {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final Profile profile;
  private final String model;
  private final SplittableRandom random;
  private final SlidingQuota requestQuota;
  private final SlidingQuota tokenQuota;
  private long downUntilNanos = Long.MIN_VALUE;

  Gate(Profile profile, SplittableRandom random) {
    this.profile = profile;
    this.model = profile.name();
    this.random = random;
    this.requestQuota = new SlidingQuota(profile.faults().requestsPerMinute(), MINUTE);
    this.tokenQuota = new SlidingQuota(profile.faults().tokensPerMinute(), MINUTE);
  }

  /** What the gate decided. */
  sealed interface Verdict {}

  /** Go ahead, with the injected stall and cut (if any) set on the plan. */
  record Pass(OutputPlan plan) implements Verdict {}

  /** Refuse this request only. */
  record Refuse(SimFault fault) implements Verdict {}

  /** The crash threshold was crossed: fail every in-flight request too. */
  record Crash(SimFault fault) implements Verdict {}

  /**
   * Decides one request.
   *
   * @param concurrent requests in flight before this one (running + waiting)
   */
  Verdict check(GenerationRequest request, OutputPlan plan, long nowNanos, int concurrent) {
    Profile.Faults faults = profile.faults();
    WireFormat format = request.format();
    if (nowNanos < downUntilNanos) {
      Duration left = Duration.ofNanos(downUntilNanos - nowNanos);
      return new Refuse(
          new SimFault(FaultKind.UNAVAILABLE, FaultMessages.recovering(format, left), left));
    }
    Duration requestWait = requestQuota.waitFor(1, nowNanos);
    if (!requestWait.isZero()) {
      return rateLimited(format, "requests", requestQuota, requestWait, nowNanos);
    }
    long tokens = plan.kvReservation();
    Duration tokenWait = tokenQuota.waitFor(tokens, nowNanos);
    if (!tokenWait.isZero()) {
      return rateLimited(format, "tokens", tokenQuota, tokenWait, nowNanos);
    }
    requestQuota.spend(1, nowNanos);
    tokenQuota.spend(tokens, nowNanos);
    if (faults.crashThreshold() > 0 && concurrent + 1 > faults.crashThreshold()) {
      long recovery = (long) (faults.crashRecoverySeconds() * 1e9);
      downUntilNanos = nowNanos + recovery;
      return new Crash(
          new SimFault(FaultKind.CRASHED, faults.crashMessage(), Duration.ofNanos(recovery)));
    }
    if (faults.errorRate() > 0 && random.nextDouble() < faults.errorRate()) {
      return new Refuse(new SimFault(FaultKind.INTERNAL, FaultMessages.internal(format), Duration.ZERO));
    }
    return new Pass(withStreamFaults(plan));
  }

  private Refuse rateLimited(
      WireFormat format, String what, SlidingQuota quota, Duration wait, long nowNanos) {
    String message =
        FaultMessages.rateLimited(format, model, what, quota.limit(), quota.used(nowNanos), wait);
    return new Refuse(new SimFault(FaultKind.RATE_LIMITED, message, wait));
  }

  private OutputPlan withStreamFaults(OutputPlan plan) {
    Profile.Faults faults = profile.faults();
    int total = plan.outputTokens();
    if (total < 2) {
      return plan;
    }
    int stallAt = 0;
    int cutAt = 0;
    if (faults.stallProbability() > 0 && random.nextDouble() < faults.stallProbability()) {
      stallAt = 1 + random.nextInt(total - 1);
    }
    if (faults.cutProbability() > 0 && random.nextDouble() < faults.cutProbability()) {
      cutAt = 1 + random.nextInt(total - 1);
    }
    if (stallAt == 0 && cutAt == 0) {
      return plan;
    }
    double jitter = profile.batching().jitter() * (2 * random.nextDouble() - 1);
    return plan.withFaults(stallAt, Math.round(faults.stallSeconds() * 1e9 * (1 + jitter)), cutAt);
  }
}
