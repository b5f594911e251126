package dev.versus.eval;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.NanoClock;
import dev.versus.core.ProviderError;
import dev.versus.core.Usage;
import dev.versus.provider.ChatProvider;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.SplittableRandom;

/**
 * One model call for one case: the cache first, then the provider with retries per the {@link
 * RetryPolicy}. A model whose endpoint still refuses connections after the retries is not called
 * again in the run: its remaining cases fail at once with the first error, so a wrong URL costs
 * one case's retries, not every case's. Thread-safe (the random source is split per call).
 */
final class ModelCaller {

  /**
   * What a call produced: latency -1 when cached or failed; {@code errorClass} empty on success,
   * else the error's wire name after the last attempt.
   */
  record Answer(String content, Usage usage, long latencyNanos, boolean cached, int attempts,
      String errorClass, String errorMessage) {}

  private final ResponseCache cache;
  private final RetryPolicy retry;
  private final NanoClock clock;
  private final Pause pause;
  private final long seed;
  /** Models whose endpoint refused a connection after every retry, with the error message. */
  private final Map<String, String> unreachable = new ConcurrentHashMap<>();

  ModelCaller(ResponseCache cache, RetryPolicy retry, NanoClock clock, Pause pause, long seed) {
    this.cache = cache;
    this.retry = retry;
    this.clock = clock;
    this.pause = pause;
    this.seed = seed;
  }

  Answer call(ChatProvider provider, String modelKey, ChatRequest request, int repeat)
      throws InterruptedException {
    String key = cache.enabled()
        ? ResponseCache.key(modelKey, request.sampling(), request.messages(), repeat)
        : "";
    var hit = cache.find(key);
    if (hit.isPresent()) {
      return new Answer(hit.get().content(), hit.get().usage(), -1, true, 0, "", "");
    }
    String down = unreachable.get(modelKey);
    if (down != null) {
      return new Answer("", Usage.none(), -1, false, 0, ErrorClass.CONNECT.wireName(),
          "not called: the endpoint was unreachable earlier in this run (" + down + ")");
    }
    SplittableRandom random = null; // made on the first retry: most calls never need it
    for (int attempt = 1; ; attempt++) {
      long start = clock.nanoTime();
      CallOutcome outcome = provider.call(request);
      long latency = clock.nanoTime() - start;
      switch (outcome) {
        case CallOutcome.Completed done -> {
          if (cache.enabled()) {
            cache.put(key, new CachedResponse(done.content(), done.reasoning(), done.usage()));
          }
          return new Answer(done.content(), done.usage(), latency, false, attempt, "", "");
        }
        case CallOutcome.Failed failed -> {
          ProviderError error = failed.error();
          if (error.errorClass() == ErrorClass.CANCELLED && Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("eval interrupted");
          }
          if (random == null) {
            String jitterKey = key.isEmpty()
                ? ResponseCache.key(modelKey, request.sampling(), request.messages(), repeat)
                : key;
            random = new SplittableRandom(seed ^ jitterKey.hashCode());
          }
          Duration wait = retry.delayAfter(attempt, error, random);
          if (wait.isNegative()) {
            if (error.errorClass() == ErrorClass.CONNECT) {
              unreachable.putIfAbsent(modelKey, error.message());
            }
            return new Answer(failed.content(), failed.usage(), -1, false, attempt,
                error.errorClass().wireName(), describe(error, attempt));
          }
          pause.pause(wait);
        }
      }
    }
  }

  private static String describe(ProviderError error, int attempts) {
    String status = error.httpStatus() == 0 ? "" : "HTTP " + error.httpStatus() + ": ";
    return status + error.message() + (attempts > 1 ? " (after " + attempts + " attempts)" : "");
  }
}
