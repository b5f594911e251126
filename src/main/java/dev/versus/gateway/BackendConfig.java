package dev.versus.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One upstream model endpoint and its limits.
 *
 * @param name the key used in routes
 * @param provider {@code openai} or {@code gemini}
 * @param baseUrl the endpoint's base URL
 * @param model the model name sent upstream
 * @param apiKey the upstream key, empty when none (never logged)
 * @param maxConcurrency requests in flight at most; 0 = unlimited
 * @param queue requests waiting for a slot at most; beyond it a 429 with Retry-After
 * @param queueTimeout longest wait for a slot before a 429
 * @param timeout total time for one upstream attempt
 * @param firstByteTimeout longest wait for the first byte of one attempt
 * @param retries extra attempts on retryable errors (jittered exponential backoff)
 * @param requestsPerMinute rate limit, 0 = none
 * @param tokensPerMinute token rate limit (prompt + max output), 0 = none
 * @param breakerFailures consecutive failures that open the circuit breaker, 0 = never
 * @param breakerCooldown how long an open breaker rejects before a trial request
 * @param inputPricePerMillion USD per million prompt tokens, for logged cost
 * @param outputPricePerMillion USD per million output tokens
 * @param streamUpstream ask for a stream even for a non-streamed client request (and collect it),
 *     so that a server that notices a closed connection only when it writes (the simulator on a
 *     non-streamed request) stops generating when the client leaves; costs the gateway and the
 *     server more per request (docs/gateway.md, item 9)
 */
public record BackendConfig(
    String name,
    String provider,
    URI baseUrl,
    String model,
    String apiKey,
    int maxConcurrency,
    int queue,
    Duration queueTimeout,
    Duration timeout,
    Duration firstByteTimeout,
    int retries,
    int requestsPerMinute,
    int tokensPerMinute,
    int breakerFailures,
    Duration breakerCooldown,
    double inputPricePerMillion,
    double outputPricePerMillion,
    boolean streamUpstream) {

  public BackendConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(queueTimeout, "queueTimeout");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(firstByteTimeout, "firstByteTimeout");
    Objects.requireNonNull(breakerCooldown, "breakerCooldown");
  }

  /** Whether a concurrency cap applies. */
  public boolean capped() {
    return maxConcurrency > 0;
  }
}
