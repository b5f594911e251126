package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.NanoClock;
import dev.versus.core.ProviderError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.Map;

/**
 * Tries a decision's candidates in order under each backend's limits: rate limit, concurrency cap
 * with its queue, circuit breaker; retries a retryable failure on the same backend with jittered
 * backoff (never sooner than the server's hint), then falls back to the next candidate. Nothing
 * is retried once the client has received a byte.
 */
final class Upstream {
  /** A server hint longer than this is not waited for on the same backend: the next one is tried. */
  static final Duration LONGEST_HINT = Duration.ofSeconds(2);

  private final Map<String, Backend> backends;
  private final NanoClock clock;
  private final Metrics metrics;

  Upstream(Map<String, Backend> backends, NanoClock clock, Metrics metrics) {
    this.backends = backends;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** One upstream attempt: streams or calls, and says whether the client has seen anything. */
  @FunctionalInterface
  interface Attempt {
    Try run(Backend backend, ChatRequest request);
  }

  /** How one attempt ended. */
  sealed interface Try {
    /** The call completed (and, when streaming, everything was sent). */
    record Ok(CallOutcome.Completed outcome) implements Try {}

    /** Failed before the client received anything: may be retried or fall back. */
    record Err(ProviderError error) implements Try {}

    /** The client already received bytes, then the call ended abnormally (or the client left). */
    record Ended(CallOutcome.Failed outcome) implements Try {}

    /**
     * The call completed but a cascade's acceptance check refused the answer: the next candidate
     * is asked (no retry); the answer is served only if no later candidate answers.
     */
    record Rejected(CallOutcome.Completed outcome, String reason) implements Try {}
  }

  /** The end of the whole loop. */
  sealed interface Result {
    /**
     * A backend answered, fully or (after the first byte) partly; nothing more to send.
     * {@code rejectedCostUsd} is what the answers a cascade rejected on the way cost.
     */
    record Served(Backend backend, CallOutcome outcome, List<String> notes, double rejectedCostUsd)
        implements Result {}

    /** No backend answered; nothing was sent: the caller sends {@code error}. */
    record Refused(ApiError error, String backend, List<String> notes) implements Result {}
  }

  Result run(String route, ChatRequest request, IntSupplier promptTokens, List<String> candidates,
      Attempt attempt) {
    List<String> notes = new ArrayList<>();
    ApiError upstreamError = null;
    ApiError limitError = null;
    String lastBackend = "";
    Result.Served refused = null;
    double rejectedCost = 0;
    for (int c = 0; c < candidates.size(); c++) {
      Backend backend = backends.get(candidates.get(c));
      // the prompt is counted only for a backend with a tokens-per-minute limit
      int budget = backend.config().tokensPerMinute() > 0
          ? Math.max(1, request.sampling().maxTokens().orElse(0)) + promptTokens.getAsInt() : 0;
      tries:
      for (int tryNo = 0; tryNo <= backend.config().retries(); tryNo++) {
        Duration wait = backend.rate().tryAcquire(budget);
        if (!wait.isZero()) {
          limitError = ApiError.rateLimited(
              "backend '" + backend.name() + "' is over its rate limit", wait);
          notes.add(backend.name() + ": rate limit");
          break;
        }
        Admission admission = backend.limiter().acquire();
        if (admission instanceof Admission.Rejected rejected) {
          limitError = ApiError.rateLimited(
              "backend '" + backend.name() + "' is at capacity: " + rejected.reason(),
              rejected.retryAfter());
          notes.add(backend.name() + ": " + rejected.reason());
          break;
        }
        Admission.Permit permit = ((Admission.Granted) admission).permit();
        Try result;
        long started = clock.nanoTime();
        try {
          if (!backend.breaker().tryPass()) {
            limitError = new ApiError(503, "api_error", "backend_unavailable",
                "backend '" + backend.name() + "' is unavailable (circuit breaker open)", "",
                ErrorClass.HTTP_5XX, backend.config().breakerCooldown());
            notes.add(backend.name() + ": circuit open");
            break;
          }
          lastBackend = backend.name();
          result = attempt.run(backend, request.withModel(backend.config().model()));
        } finally {
          permit.release();
        }
        long elapsed = clock.nanoTime() - started;
        switch (result) {
          case Try.Ok ok -> {
            backend.breaker().onSuccess();
            backend.recordLatency(elapsed);
            metrics.operation(backend, elapsed / 1e9, "");
            if (c > 0) {
              metrics.fallback(route);
            }
            return new Result.Served(backend, ok.outcome(), notes, rejectedCost + cost(refused));
          }
          case Try.Rejected r -> {
            backend.breaker().onSuccess();
            backend.recordLatency(elapsed);
            metrics.operation(backend, elapsed / 1e9, "");
            notes.add(backend.name() + ": answer rejected (" + r.reason() + spent(r.outcome()) + ")");
            rejectedCost += cost(refused);
            refused = new Result.Served(backend, r.outcome(), notes, rejectedCost);
            break tries;
          }
          case Try.Ended ended -> {
            if (ended.outcome().error().retryable()) {
              backend.breaker().onFailure();
            }
            metrics.operation(backend, elapsed / 1e9, ended.outcome().error().errorClass().wireName());
            return new Result.Served(backend, ended.outcome(), notes, rejectedCost + cost(refused));
          }
          case Try.Err err -> {
            ProviderError e = err.error();
            metrics.operation(backend, elapsed / 1e9, e.errorClass().wireName());
            notes.add(backend.name() + ": " + e.errorClass().wireName()
                + (e.httpStatus() > 0 ? " " + e.httpStatus() : ""));
            upstreamError = UpstreamErrors.toApi(e, backend.name());
            if (e.errorClass() == ErrorClass.CANCELLED) {
              return new Result.Refused(upstreamError, backend.name(), notes);
            }
            if (!e.retryable()) {
              if (e.errorClass() == ErrorClass.CONTEXT_LENGTH) {
                break tries; // another backend may have a longer context: fall back
              }
              return new Result.Refused(upstreamError, backend.name(), notes);
            }
            backend.breaker().onFailure();
            boolean hintTooLong = e.retryAfter().compareTo(LONGEST_HINT) > 0;
            if (tryNo == backend.config().retries() || hintTooLong) {
              break tries;
            }
            if (!sleep(backend.backoff().delay(tryNo + 1, e.retryAfter()))) {
              return new Result.Refused(UpstreamErrors.toApi(
                  ProviderError.of(ErrorClass.CANCELLED, "interrupted"), backend.name()),
                  backend.name(), notes);
            }
          }
        }
      }
    }
    if (refused != null) {
      notes.add("served " + refused.backend().name() + "'s rejected answer: no later backend answered");
      return refused;
    }
    ApiError error = upstreamError != null ? upstreamError : limitError;
    if (error == null) {
      error = ApiError.of(503, "api_error", "no_backend", "no backend could take the request");
    }
    return new Result.Refused(error, lastBackend, notes);
  }

  /** What a rejected answer cost (0 for none, or without usage); its tokens are counted too. */
  /** "; N prompt + M output tokens" of a rejected answer, so the log shows what it consumed. */
  private static String spent(CallOutcome.Completed answer) {
    return answer.usage().present()
        ? "; " + answer.usage().promptTokens() + " prompt + " + answer.usage().outputTokens()
            + " output tokens"
        : "; no usage reported";
  }

  private double cost(Result.Served answer) {
    if (answer == null || !answer.outcome().usage().present()) {
      return 0;
    }
    int prompt = answer.outcome().usage().promptTokens();
    int output = answer.outcome().usage().outputTokens();
    metrics.tokens(answer.backend(), prompt, output);
    return answer.backend().costUsd(prompt, output);
  }

  private static boolean sleep(Duration delay) {
    try {
      Thread.sleep(delay);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
