package dev.versus.gateway;

import dev.versus.sim.Profile;
import dev.versus.sim.Profiles;

/** Simulator profiles for gateway tests, derived from the built-in ones in code. */
final class TestProfiles {
  private TestProfiles() {}

  /** The instant profile under another name: no latency, no faults. */
  static Profile instant(String name) {
    return renamed(Profiles.load("instant"), name);
  }

  /**
   * A small, quick batching model: no API overhead, {@code stepMs} per decode step, one token per
   * chunk, answers of 8 to 16 tokens.
   */
  static Profile quick(String name, double stepMs) {
    Profile p = Profiles.load("llama-4-maverick");
    Profile.Batching b = new Profile.Batching(256, 1_000_000, 0, 0, stepMs, 0, 1, 0);
    Profile.Limits l = new Profile.Limits(32768, 4096, 1024, 8, 16, 0);
    return new Profile(name, java.util.List.of(), p.errorStyle(), b, l, p.faults(), p.memory(),
        p.quality());
  }

  /** The instant profile under another name, answering {@code min} to {@code max} tokens. */
  static Profile instant(String name, int min, int max) {
    Profile p = instant(name);
    Profile.Limits l = p.limits();
    return new Profile(name, java.util.List.of(), p.errorStyle(), p.batching(),
        new Profile.Limits(l.contextWindow(), l.maxOutputTokens(), l.defaultMaxTokens(), min, max,
            l.reasoningShare()),
        p.faults(), p.memory(), p.quality());
  }

  static Profile renamed(Profile p, String name) {
    return new Profile(name, java.util.List.of(), p.errorStyle(), p.batching(), p.limits(),
        p.faults(), p.memory(), p.quality());
  }

  static Profile withFaults(Profile p, Profile.Faults faults) {
    return new Profile(p.name(), p.servedNames(), p.errorStyle(), p.batching(), p.limits(),
        faults, p.memory(), p.quality());
  }

  static Profile.Faults errorRate(double rate) {
    return new Profile.Faults(0, "", 0, 0, 0, rate, 0, 0, 0);
  }

  static Profile.Faults requestsPerMinute(int rpm) {
    return new Profile.Faults(0, "", 0, rpm, 0, 0, 0, 0, 0);
  }

  static Profile.Faults crashAbove(int threshold) {
    return new Profile.Faults(threshold, "CUDA_ERROR_ILLEGAL_ADDRESS: simulated", 30, 0, 0, 0, 0,
        0, 0);
  }

  static Profile.Faults cutAlways() {
    return new Profile.Faults(0, "", 0, 0, 0, 0, 0, 0, 1.0);
  }
}
