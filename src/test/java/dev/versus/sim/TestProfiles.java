package dev.versus.sim;

import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import java.util.List;
import java.util.Map;

/** Small profiles built in code for tests: no jitter, no faults, round numbers. */
final class TestProfiles {
  private TestProfiles() {}

  /** step = 10 ms + 1 ms × decoding, prefill 10,000 tokens/s, one token per step. */
  static Profile.Batching batching() {
    return new Profile.Batching(8, 1_000_000, 10_000, 0, 10, 1, 1, 0);
  }

  static Profile.Limits limits() {
    return new Profile.Limits(100_000, 10_000, 1_000, 64, 512, 0);
  }

  static Profile.Faults noFaults() {
    return new Profile.Faults(0, "", 0, 0, 0, 0, 0, 0, 0);
  }

  static Profile.Memory memory() {
    return new Profile.Memory(1_000_000, 100);
  }

  static Profile.Quality quality() {
    return new Profile.Quality(Map.of("default", 1.0), 0);
  }

  static Profile timed() {
    return new Profile(
        "test-model", List.of("vendor/test-model"), ErrorStyle.OPENAI, batching(), limits(),
        noFaults(), memory(), quality());
  }

  static Profile with(Profile p, Profile.Batching batching) {
    return new Profile(p.name(), p.servedNames(), p.errorStyle(), batching, p.limits(), p.faults(),
        p.memory(), p.quality());
  }

  static Profile with(Profile p, Profile.Limits limits) {
    return new Profile(p.name(), p.servedNames(), p.errorStyle(), p.batching(), limits, p.faults(),
        p.memory(), p.quality());
  }

  static Profile with(Profile p, Profile.Faults faults) {
    return new Profile(p.name(), p.servedNames(), p.errorStyle(), p.batching(), p.limits(), faults,
        p.memory(), p.quality());
  }

  static Profile with(Profile p, Profile.Quality quality) {
    return new Profile(p.name(), p.servedNames(), p.errorStyle(), p.batching(), p.limits(),
        p.faults(), p.memory(), quality);
  }

  static Profile named(Profile p, String name) {
    return new Profile(name, p.servedNames(), p.errorStyle(), p.batching(), p.limits(), p.faults(),
        p.memory(), p.quality());
  }

  static Profile with(Profile p, ErrorStyle style) {
    return new Profile(p.name(), p.servedNames(), style, p.batching(), p.limits(), p.faults(),
        p.memory(), p.quality());
  }

  static GenerationRequest request(String prompt, SamplingParams sampling) {
    return new GenerationRequest(
        "test-model", List.of(Message.user(prompt)), sampling, WireFormat.OPENAI, true);
  }

  static GenerationRequest request(String prompt, int maxTokens, boolean ignoreEos) {
    return request(
        prompt, SamplingParams.defaults().withMaxTokens(maxTokens).withIgnoreEos(ignoreEos));
  }
}
