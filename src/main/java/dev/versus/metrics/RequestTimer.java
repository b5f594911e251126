package dev.versus.metrics;

import dev.versus.core.CallOutcome;
import dev.versus.core.NanoClock;
import dev.versus.core.StreamEvent;
import dev.versus.core.Usage;
import dev.versus.provider.StreamListener;
import java.util.Arrays;
import java.util.Objects;

/**
 * Times one streaming call: stamps the injected clock on every event and, once the outcome is
 * known, builds its {@link RequestRecord}. Call {@link #markSent()} right before {@code
 * provider.stream(request, timer)}, then {@link #finish} with the outcome.
 *
 * <p>Events arrive on the provider's reading thread and {@code finish} runs on the caller's; the
 * methods synchronise, so no other ordering is needed. One timer per request.
 */
public final class RequestTimer implements StreamListener {
  private final NanoClock clock;
  private final RequestMeta meta;
  private long sendNanos = Timing.ABSENT;
  private long firstByteNanos = Timing.ABSENT;
  private long firstOutputNanos = Timing.ABSENT;
  private long firstAnswerNanos = Timing.ABSENT;
  private long lastEventNanos = Timing.ABSENT;
  private long previousOutputNanos = Timing.ABSENT;
  private long[] gaps = new long[16];
  private int outputEvents;
  private int httpStatus;

  public RequestTimer(NanoClock clock, RequestMeta meta) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.meta = Objects.requireNonNull(meta, "meta");
  }

  /** Stamps the actual send; call immediately before handing the request to the provider. */
  public synchronized void markSent() {
    sendNanos = clock.nanoTime();
  }

  @Override
  public synchronized void onResponseStart(int status) {
    long now = clock.nanoTime();
    httpStatus = status;
    if (firstByteNanos == Timing.ABSENT) {
      firstByteNanos = now;
    }
    lastEventNanos = now;
  }

  @Override
  public synchronized void onEvent(StreamEvent event) {
    long now = clock.nanoTime();
    lastEventNanos = now;
    switch (event) {
      case StreamEvent.ContentDelta delta -> {
        if (!delta.text().isEmpty()) {
          if (firstAnswerNanos == Timing.ABSENT) {
            firstAnswerNanos = now;
          }
          output(now);
        }
      }
      case StreamEvent.ReasoningDelta delta -> {
        if (!delta.text().isEmpty()) {
          output(now);
        }
      }
      case StreamEvent.UsageReport usage -> {}
      case StreamEvent.Finish finish -> {}
      case StreamEvent.Failure failure -> {
        if (httpStatus == 0) {
          httpStatus = failure.error().httpStatus();
        }
      }
    }
  }

  /**
   * Stamps a non-streamed response, which arrives whole when {@code provider.call} returns: the
   * response start, the first output and the last byte are all this one reading, so TTFT equals
   * E2E and no inter-token gap is recorded.
   */
  public synchronized void onWholeResponse(CallOutcome outcome) {
    long now = clock.nanoTime();
    firstByteNanos = now;
    lastEventNanos = now;
    if (outcome instanceof CallOutcome.Completed) {
      httpStatus = 200;
      if (!outcome.content().isEmpty()) {
        firstAnswerNanos = now;
      }
      if (!outcome.content().isEmpty() || !outcome.reasoning().isEmpty()) {
        output(now);
      }
    }
  }

  private void output(long now) {
    if (firstOutputNanos == Timing.ABSENT) {
      firstOutputNanos = now;
    } else {
      if (outputEvents - 1 == gaps.length) {
        gaps = Arrays.copyOf(gaps, gaps.length * 2);
      }
      gaps[outputEvents - 1] = now - previousOutputNanos;
    }
    previousOutputNanos = now;
    outputEvents++;
  }

  /**
   * Builds the record from the timings and the call's outcome. The received text is counted with
   * {@code counter}; when the server reported no usage, those counts become the record's counts and
   * its source says {@code CLIENT_COUNT}.
   */
  public synchronized RequestRecord finish(CallOutcome outcome, TokenCounter counter) {
    long end = lastEventNanos == Timing.ABSENT ? clock.nanoTime() : lastEventNanos;
    long send = sendNanos == Timing.ABSENT ? end : sendNanos;
    Timing timing =
        new Timing(
            meta.intendedSendNanos(),
            send,
            firstByteNanos,
            firstOutputNanos,
            firstAnswerNanos,
            Math.max(end, send),
            Arrays.copyOf(gaps, Math.max(0, outputEvents - 1)),
            outputEvents);
    int clientReasoning = counter.count(outcome.reasoning());
    int clientOutput = counter.count(outcome.content()) + clientReasoning;
    Usage usage = outcome.usage();
    boolean server = usage.source() == Usage.Source.SERVER;
    TokenCounts tokens =
        new TokenCounts(
            server ? usage.promptTokens() : 0,
            server ? usage.outputTokens() : 0,
            server ? usage.reasoningTokens() : 0,
            meta.clientPromptTokens(),
            clientOutput,
            clientReasoning,
            server ? Usage.Source.SERVER : Usage.Source.CLIENT_COUNT);
    Status status =
        switch (outcome) {
          case CallOutcome.Completed done -> new Status.Ok(done.finishReason());
          case CallOutcome.Failed failed -> {
            if (httpStatus == 0) {
              httpStatus = failed.error().httpStatus();
            }
            yield new Status.Error(failed.error().errorClass(), failed.error().message());
          }
        };
    return new RequestRecord(
        meta.index(), meta.model(), meta.level(), meta.shard(), timing, tokens, httpStatus, status);
  }
}
