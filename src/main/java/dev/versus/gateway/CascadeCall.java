package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * One attempt of a {@code cascade} route (non-streamed requests only): the backend's whole answer
 * is checked against the route's {@link Acceptance}; a rejected answer is reported as {@link
 * Upstream.Try.Rejected}, so that the next backend is asked, with the reason in the log.
 */
final class CascadeCall implements Upstream.Attempt {
  private final Upstream.Attempt whole;
  private final Acceptance acceptance;
  private final ToIntFunction<String> tokenCount;

  /** @param tokenCount estimates output tokens when the backend reports no usage */
  CascadeCall(Upstream.Attempt whole, Acceptance acceptance, ToIntFunction<String> tokenCount) {
    this.whole = whole;
    this.acceptance = acceptance;
    this.tokenCount = tokenCount;
  }

  @Override
  public Upstream.Try run(Backend backend, ChatRequest request) {
    Upstream.Try result = whole.run(backend, request);
    if (!(result instanceof Upstream.Try.Ok ok)) {
      return result;
    }
    CallOutcome.Completed done = ok.outcome();
    int outputTokens = done.usage().present()
        ? done.usage().outputTokens() : tokenCount.applyAsInt(done.content());
    Optional<String> rejection =
        acceptance.rejection(done.content(), done.finishReason(), outputTokens);
    return rejection.<Upstream.Try>map(why -> new Upstream.Try.Rejected(done, why)).orElse(ok);
  }
}
