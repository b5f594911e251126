package dev.versus.core;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Generation settings sent with a request. An empty optional means "not sent": the server's own
 * default applies. {@code ignoreEos} asks a server that supports it (vLLM) to generate exactly
 * {@code maxTokens} tokens, which benchmarks need for a fixed output length.
 *
 * @param temperature sampling temperature, 0 or more
 * @param topP nucleus sampling mass, in (0, 1]
 * @param maxTokens maximum output tokens, 1 or more
 * @param seed the server-side sampling seed
 * @param stop stop sequences, possibly empty
 * @param ignoreEos whether to send {@code ignore_eos: true}
 */
public record SamplingParams(
    OptionalDouble temperature,
    OptionalDouble topP,
    OptionalInt maxTokens,
    OptionalLong seed,
    List<String> stop,
    boolean ignoreEos) {

  private static final SamplingParams DEFAULTS =
      new SamplingParams(
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalInt.empty(),
          OptionalLong.empty(),
          List.of(),
          false);

  public SamplingParams {
    Objects.requireNonNull(temperature, "temperature");
    Objects.requireNonNull(topP, "topP");
    Objects.requireNonNull(maxTokens, "maxTokens");
    Objects.requireNonNull(seed, "seed");
    stop = List.copyOf(stop);
    if (temperature.isPresent() && !(temperature.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("temperature must be 0 or more, got " + temperature);
    }
    if (topP.isPresent() && !(topP.getAsDouble() > 0 && topP.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("topP must be in (0, 1], got " + topP);
    }
    if (maxTokens.isPresent() && maxTokens.getAsInt() < 1) {
      throw new IllegalArgumentException("maxTokens must be 1 or more, got " + maxTokens);
    }
  }

  /** Nothing set: every server default applies. */
  public static SamplingParams defaults() {
    return DEFAULTS;
  }

  public SamplingParams withTemperature(double value) {
    return new SamplingParams(OptionalDouble.of(value), topP, maxTokens, seed, stop, ignoreEos);
  }

  public SamplingParams withTopP(double value) {
    return new SamplingParams(temperature, OptionalDouble.of(value), maxTokens, seed, stop, ignoreEos);
  }

  public SamplingParams withMaxTokens(int value) {
    return new SamplingParams(temperature, topP, OptionalInt.of(value), seed, stop, ignoreEos);
  }

  public SamplingParams withSeed(long value) {
    return new SamplingParams(temperature, topP, maxTokens, OptionalLong.of(value), stop, ignoreEos);
  }

  public SamplingParams withStop(List<String> value) {
    return new SamplingParams(temperature, topP, maxTokens, seed, value, ignoreEos);
  }

  public SamplingParams withIgnoreEos(boolean value) {
    return new SamplingParams(temperature, topP, maxTokens, seed, stop, value);
  }
}
