package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.NanoClock;
import dev.versus.core.ProviderError;
import dev.versus.core.StreamEvent;
import dev.versus.core.Usage;
import dev.versus.guard.Canary;
import dev.versus.provider.CallHandle;
import dev.versus.provider.StreamListener;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Relays one upstream stream to the client as OpenAI chunks. The response is committed on the
 * first upstream event, so a failure before it can still fall back; after it, a failure ends the
 * stream with an error event and no {@code [DONE]}. A client that goes away cancels the upstream
 * call (which closes its connection). The backend's stream is read on the request's own thread
 * and each event is relayed as it is decoded, with no hand-off between threads; the events decoded
 * from one read of the backend's connection go to the client in one write (as a reverse proxy
 * forwards what it has read), so a backend that sends a burst costs one syscall, not one per
 * event. A slow client slows the upstream read (TCP back-pressure) instead of filling memory.
 */
final class StreamRelay implements Upstream.Attempt {
  /** How often (in content chunks) the text sent so far is screened when a guard is active. */
  private static final int SCREEN_EVERY = 16;

  private final HttpOut out;
  private final OpenAiBodies.Header header;
  private final boolean includeUsage;
  private final Interaction interaction;
  private final NanoClock clock;
  private final Screener screener;
  private final Optional<Canary> canary;
  private HttpOut.EventSink sink;
  private Screening lastScreening;

  StreamRelay(HttpOut out, OpenAiBodies.Header header, boolean includeUsage,
      Interaction interaction, NanoClock clock, Screener screener, Optional<Canary> canary) {
    this.out = out;
    this.header = header;
    this.includeUsage = includeUsage;
    this.interaction = interaction;
    this.clock = clock;
    this.screener = screener;
    this.canary = canary;
  }

  /** The guard's last verdict on the streamed text, when a guard is active. */
  Optional<Screening> outputScreening() {
    return Optional.ofNullable(lastScreening);
  }

  /** Whether the client has received the response headers. */
  boolean committed() {
    return sink != null;
  }

  @Override
  public Upstream.Try run(Backend backend, ChatRequest request) {
    Pass pass = new Pass(backend);
    CallHandle handle = new CallHandle();
    CallOutcome outcome = backend.provider().streamHere(request, new StreamListener() {
      @Override
      public void onEvent(StreamEvent event) {
        if (pass.result == null) {
          end(pass.on(event));
        }
      }

      @Override
      public void onReadEnd() { // the events of one read leave in one write
        if (pass.result == null && committed() && !sink.flush()) {
          end(pass.clientGone());
        }
      }

      private void end(Upstream.Try result) {
        pass.result = result;
        if (result != null && !pass.terminal) {
          handle.cancel(); // blocked or the client left: stop reading the backend
        }
      }
    }, handle);
    if (pass.result != null) {
      return pass.result;
    }
    // every stream ends with a terminal event; this only guards a provider that breaks the rule
    return pass.on(new StreamEvent.Failure(switch (outcome) {
      case CallOutcome.Failed failed -> failed.error();
      case CallOutcome.Completed done -> ProviderError.of(
          ErrorClass.STREAM_INTERRUPTED, "the stream ended without a terminal event");
    }));
  }

  /** One attempt's state; events are handled on the thread that reads the backend. */
  private final class Pass {
    final Backend backend;
    final StringBuilder content = new StringBuilder();
    final StringBuilder reasoning = new StringBuilder();
    /** Content received but not yet sent: a tail that may be the start of the canary. */
    final StringBuilder held = new StringBuilder();
    Usage usage = Usage.none();
    boolean first = true;
    boolean terminal;
    int chunks;
    Upstream.Try result;

    Pass(Backend backend) {
      this.backend = backend;
    }

    /** Relays one event; the attempt's result once it has ended, else null. */
    Upstream.Try on(StreamEvent event) {
      switch (event) {
        case StreamEvent.ContentDelta d -> {
          content.append(d.text());
          boolean due = ++chunks % SCREEN_EVERY == 0 || canaryIn(content, d.text().length());
          if (due && blocked(content)) {
            return blockedMidStream(backend, content, reasoning, usage);
          }
          String text = release(held, d.text());
          if (!text.isEmpty()) {
            if (!send(backend, OpenAiBodies.delta(header, first, text, ""))) {
              return clientGone();
            }
            first = false;
          }
          return null;
        }
        case StreamEvent.ReasoningDelta d -> {
          reasoning.append(d.text());
          if (!send(backend, OpenAiBodies.delta(header, first, "", d.text()))) {
            return clientGone();
          }
          first = false;
          return null;
        }
        case StreamEvent.UsageReport u -> {
          usage = u.usage();
          return null;
        }
        case StreamEvent.Finish f -> {
          terminal = true;
          return finish(f);
        }
        case StreamEvent.Failure f -> {
          terminal = true;
          if (!committed()) {
            return new Upstream.Try.Err(f.error());
          }
          sink.write(OpenAiBodies.errorEvent(UpstreamErrors.toApi(f.error(), backend.name())));
          sink.close();
          return new Upstream.Try.Ended(
              new CallOutcome.Failed(f.error(), content.toString(), reasoning.toString(), usage));
        }
      }
    }

    /** The attempt's result when the client has gone: the call is cancelled. */
    Upstream.Try clientGone() {
      return new Upstream.Try.Ended(new CallOutcome.Failed(
          ProviderError.of(ErrorClass.CANCELLED, "the client closed the connection"),
          content.toString(), reasoning.toString(), usage));
    }

    private Upstream.Try finish(StreamEvent.Finish f) {
      if (blocked(content)) {
        return blockedMidStream(backend, content, reasoning, usage);
      }
      boolean ok = true;
      if (!held.isEmpty()) { // the tail held back in case it began the canary
        ok = send(backend, OpenAiBodies.delta(header, first, held.toString(), ""));
        first = false;
      }
      ok = ok && send(backend, OpenAiBodies.finish(header, first, f.reason()));
      if (ok && includeUsage) {
        ok = sink.write(OpenAiBodies.usageChunk(header, usage));
      }
      ok = ok && sink.write(OpenAiBodies.DONE);
      ok = sink.close() && ok;
      if (!ok) {
        return clientGone();
      }
      return new Upstream.Try.Ok(new CallOutcome.Completed(
          content.toString(), reasoning.toString(), f.reason(), usage));
    }
  }

  /**
   * Screens the text so far; a block ends the stream. Text already sent cannot be redacted, so
   * only blocks are enforced here (the verdict is logged either way).
   */
  private boolean blocked(StringBuilder content) {
    if (!screener.active()) {
      return false;
    }
    lastScreening = screener.screenOutput(content.toString(), canary);
    return lastScreening.action() == Screening.Action.BLOCK;
  }

  /**
   * The part of the content received so far that may go to the client now. With a canary in the
   * system prompt, a tail that could be the start of the token is held back until the next chunk
   * shows whether it is, so that a leak split across chunks can still be masked (redact action)
   * before any of it is sent; the held tail is at most the token's length. {@code held} belongs
   * to one attempt: a tail held back from a backend that then failed must not reach the client
   * in front of the next backend's answer.
   */
  private String release(StringBuilder held, String delta) {
    if (canary.isEmpty()) {
      return delta;
    }
    String token = canary.get().token();
    String text = held.append(delta).toString();
    if (lastScreening != null && lastScreening.action() == Screening.Action.REDACT) {
      text = canary.get().maskIn(text);
    }
    int keep = startOfTokenAtEnd(text, token);
    held.setLength(0);
    held.append(text, text.length() - keep, text.length());
    return text.substring(0, text.length() - keep);
  }

  /** Length of the longest suffix of {@code text} that is a proper prefix of {@code token}. */
  private static int startOfTokenAtEnd(String text, String token) {
    for (int n = Math.min(text.length(), token.length() - 1); n > 0; n--) {
      if (text.regionMatches(true, text.length() - n, token, 0, n)) {
        return n;
      }
    }
    return 0;
  }

  /**
   * Whether the last chunk completed the canary verbatim: checked on every chunk (only the tail
   * that could hold it), so that a leak is screened before the chunk that completes it is sent.
   * Spaced or encoded leaks are caught by the periodic screening.
   */
  private boolean canaryIn(StringBuilder content, int chunkLength) {
    if (canary.isEmpty()) {
      return false;
    }
    String token = canary.get().token();
    int from = Math.max(0, content.length() - chunkLength - token.length());
    return content.substring(from).toUpperCase(java.util.Locale.ROOT)
        .contains(token.toUpperCase(java.util.Locale.ROOT));
  }

  private Upstream.Try blockedMidStream(
      Backend backend, StringBuilder content, StringBuilder reasoning, Usage usage) {
    ProviderError error = new ProviderError(ErrorClass.HTTP_4XX, 400,
        "the response was blocked by the guard (rule " + lastScreening.rule() + ")",
        "guard_blocked_output", Duration.ZERO);
    if (!committed()) {
      send(backend, OpenAiBodies.delta(header, true, "", ""));
    }
    sink.write(OpenAiBodies.errorEvent(new ApiError(400, "invalid_request_error",
        "guard_blocked_output", error.message(), "", ErrorClass.HTTP_4XX, error.retryAfter())));
    sink.close();
    return new Upstream.Try.Ended(
        new CallOutcome.Failed(error, content.toString(), reasoning.toString(), usage));
  }

  private boolean send(Backend backend, byte[] chunk) {
    if (sink == null) {
      sink = out.openEvents(Map.of("x-versus-backend", backend.name(),
          "x-request-id", interaction.requestId));
      interaction.ttftNanos = clock.nanoTime() - interaction.startNanos;
    }
    return sink.write(chunk);
  }

}
