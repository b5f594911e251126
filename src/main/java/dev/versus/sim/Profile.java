package dev.versus.sim;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that makes one simulated model behave like itself: batching and timing, limits, faults,
 * memory and answer quality. Read from a YAML file with kebab-case keys ({@link Profiles#load}); every
 * key is required, so a profile file says everything it assumes. The built-in files document each
 * figure and its public source.
 *
 * @param name the canonical model name, e.g. {@code llama-4-maverick}
 * @param servedNames further names the model answers to (aliases), possibly empty
 * @param errorStyle how OpenAI-format errors are worded
 */
public record Profile(
    String name,
    List<String> servedNames,
    ErrorStyle errorStyle,
    Batching batching,
    Limits limits,
    Faults faults,
    Memory memory,
    Quality quality) {

  public Profile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(errorStyle, "error-style");
    Objects.requireNonNull(batching, "batching");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(memory, "memory");
    Objects.requireNonNull(quality, "quality");
    servedNames = List.copyOf(servedNames);
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }

  /**
   * The continuous-batching engine's settings. A decode step lasts {@code stepBaseMs +
   * stepPerSequenceMs × running} plus the prefill of the requests admitted in it, and emits {@code
   * tokensPerChunk} tokens to every running sequence.
   *
   * @param maxNumSeqs most sequences in the running batch (vLLM {@code --max-num-seqs})
   * @param kvCacheTokens KV-cache capacity in tokens; admission reserves prompt + max output tokens
   * @param prefillTokensPerSecond prompt processing speed; 0 means prefill takes no time
   * @param apiOverheadMs fixed latency per request outside the batch (network, gateway), in ms
   * @param stepBaseMs fixed part of a decode step, in ms
   * @param stepPerSequenceMs added to a step per running sequence, in ms
   * @param tokensPerChunk tokens each step emits to each sequence
   * @param jitter relative jitter on every time (steps, API overhead, stalls), in [0, 1): a time
   *     lasts its nominal value × (1 ± jitter), seeded
   */
  public record Batching(
      int maxNumSeqs,
      long kvCacheTokens,
      double prefillTokensPerSecond,
      double apiOverheadMs,
      double stepBaseMs,
      double stepPerSequenceMs,
      int tokensPerChunk,
      double jitter) {
    public Batching {
      atLeast("max-num-seqs", maxNumSeqs, 1);
      atLeast("kv-cache-tokens", kvCacheTokens, 1);
      notNegative("prefill-tokens-per-second", prefillTokensPerSecond);
      notNegative("api-overhead-ms", apiOverheadMs);
      notNegative("step-base-ms", stepBaseMs);
      notNegative("step-per-sequence-ms", stepPerSequenceMs);
      atLeast("tokens-per-chunk", tokensPerChunk, 1);
      if (!(jitter >= 0 && jitter < 1)) {
        throw new IllegalArgumentException("jitter must be in [0, 1), got " + jitter);
      }
    }

    /** Whether every time is zero: such a model needs no timed scheduler at all. */
    public boolean instant() {
      return prefillTokensPerSecond == 0 && apiOverheadMs == 0 && stepBaseMs == 0
          && stepPerSequenceMs == 0;
    }
  }

  /**
   * Token limits and output lengths.
   *
   * @param contextWindow most prompt + output tokens per request
   * @param maxOutputTokens most output tokens per request
   * @param defaultMaxTokens output limit when the request sets none
   * @param naturalMinTokens shortest natural answer (before any max-tokens cap)
   * @param naturalMaxTokens longest natural answer
   * @param reasoningShare fraction of output tokens spent thinking before the answer, in [0, 1)
   */
  public record Limits(
      int contextWindow,
      int maxOutputTokens,
      int defaultMaxTokens,
      int naturalMinTokens,
      int naturalMaxTokens,
      double reasoningShare) {
    public Limits {
      atLeast("context-window", contextWindow, 2);
      atLeast("max-output-tokens", maxOutputTokens, 1);
      atLeast("default-max-tokens", defaultMaxTokens, 1);
      if (defaultMaxTokens > maxOutputTokens) {
        throw new IllegalArgumentException(
            "default-max-tokens (" + defaultMaxTokens + ") must not exceed max-output-tokens ("
                + maxOutputTokens + ")");
      }
      atLeast("natural-min-tokens", naturalMinTokens, 1);
      atLeast("natural-max-tokens", naturalMaxTokens, naturalMinTokens);
      if (!(reasoningShare >= 0 && reasoningShare < 1)) {
        throw new IllegalArgumentException("reasoning-share must be in [0, 1), got " + reasoningShare);
      }
    }
  }

  /**
   * Injected failures; 0 turns each off.
   *
   * @param crashThreshold above this many concurrent requests (running + waiting) the server
   *     crashes; 0 means never
   * @param crashMessage the message of the crash's 500 error
   * @param crashRecoverySeconds how long the server refuses requests after a crash
   * @param requestsPerMinute request quota over a sliding minute, 0 for none
   * @param tokensPerMinute token quota (prompt + max output) over a sliding minute, 0 for none
   * @param errorRate probability that a request fails with an internal error
   * @param stallProbability probability that a stream pauses once mid-way
   * @param stallSeconds how long such a pause lasts
   * @param cutProbability probability that a stream is cut mid-way without a terminal event
   */
  public record Faults(
      int crashThreshold,
      String crashMessage,
      double crashRecoverySeconds,
      int requestsPerMinute,
      long tokensPerMinute,
      double errorRate,
      double stallProbability,
      double stallSeconds,
      double cutProbability) {
    public Faults {
      Objects.requireNonNull(crashMessage, "crash-message");
      atLeast("crash-threshold", crashThreshold, 0);
      notNegative("crash-recovery-seconds", crashRecoverySeconds);
      atLeast("requests-per-minute", requestsPerMinute, 0);
      atLeast("tokens-per-minute", tokensPerMinute, 0);
      probability("error-rate", errorRate);
      probability("stall-probability", stallProbability);
      notNegative("stall-seconds", stallSeconds);
      probability("cut-probability", cutProbability);
      if (crashThreshold > 0 && crashMessage.isBlank()) {
        throw new IllegalArgumentException("crash-message must be set when crash-threshold is");
      }
    }
  }

  /**
   * The memory model: {@code weightsBytes + kvBytesPerToken × tokens held in the KV cache}.
   *
   * @param weightsBytes model weights resident in accelerator memory, in bytes
   * @param kvBytesPerToken KV-cache bytes per token held
   */
  public record Memory(long weightsBytes, long kvBytesPerToken) {
    public Memory {
      atLeast("weights-bytes", weightsBytes, 0);
      atLeast("kv-bytes-per-token", kvBytesPerToken, 0);
    }
  }

  /**
   * How well the model answers items of the eval suites' answer keys.
   *
   * @param accuracy probability of a correct answer per suite name; the key {@code default} covers
   *     suites not named; without it they are answered correctly
   * @param injectionCompliance probability of obeying an injected instruction
   */
  public record Quality(Map<String, Double> accuracy, double injectionCompliance) {
    public Quality {
      accuracy = Map.copyOf(accuracy);
      accuracy.forEach((suite, value) -> probability("accuracy." + suite, value));
      probability("injection-compliance", injectionCompliance);
    }

    /** The probability of answering an item of {@code suite} correctly. */
    public double accuracyOf(String suite) {
      return accuracy.getOrDefault(suite, accuracy.getOrDefault("default", 1.0));
    }
  }

  private static void atLeast(String field, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be " + min + " or more, got " + value);
    }
  }

  private static void notNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, 0 or more, got " + value);
    }
  }

  private static void probability(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " must be in [0, 1], got " + value);
    }
  }
}
