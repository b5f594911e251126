package dev.versus.load;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.NanoClock;
import dev.versus.core.ProviderError;
import dev.versus.core.StreamEvent;
import dev.versus.core.Usage;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.StreamListener;
import dev.versus.provider.StreamingCall;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongUnaryOperator;

/**
 * A test-only streaming provider that plays a scripted response on the calling thread: it waits
 * (through {@link Waiter}: virtual time or real sleeps) for the first byte, then sends {@code
 * chunks} content deltas {@code gapNanos} apart, an optional usage report and a finish. The delay
 * to the first byte is a function of the clock at arrival, so a test can script a stall.
 */
final class FakeProvider implements ChatProvider {

  /** How the provider lets time pass. */
  interface Waiter {
    void waitNanos(long nanos);

    static Waiter virtual(ThreadClock clock) {
      return clock::advance;
    }

    static Waiter real() {
      return nanos -> {
        try {
          Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      };
    }
  }

  final ConcurrentLinkedQueue<ChatRequest> requests = new ConcurrentLinkedQueue<>();
  private final String model;
  private final NanoClock clock;
  private final Waiter waiter;
  private final LongUnaryOperator firstByteDelayAt;
  private final int chunks;
  private final long gapNanos;
  private final boolean reportUsage;
  private volatile ErrorClass failWith;
  private volatile Runnable onCall = () -> {};

  FakeProvider(
      String model,
      NanoClock clock,
      Waiter waiter,
      LongUnaryOperator firstByteDelayAt,
      int chunks,
      long gapNanos,
      boolean reportUsage) {
    this.model = model;
    this.clock = clock;
    this.waiter = waiter;
    this.firstByteDelayAt = firstByteDelayAt;
    this.chunks = chunks;
    this.gapNanos = gapNanos;
    this.reportUsage = reportUsage;
  }

  /** From now on every call fails with {@code errorClass} after the first byte (null: succeed). */
  FakeProvider failingWith(ErrorClass errorClass) {
    this.failWith = errorClass;
    return this;
  }

  /** Runs {@code hook} on the calling thread at the start of every call. */
  FakeProvider onCall(Runnable hook) {
    this.onCall = hook;
    return this;
  }

  @Override
  public String label() {
    return "fake:" + model;
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  public CallOutcome call(ChatRequest request) {
    return stream(request, StreamListener.ignoring()).await();
  }

  @Override
  public StreamingCall stream(ChatRequest request, StreamListener listener) {
    requests.add(request);
    onCall.run();
    waiter.waitNanos(firstByteDelayAt.applyAsLong(clock.nanoTime()));
    ErrorClass failure = failWith;
    CallOutcome outcome;
    if (failure != null) {
      ProviderError error = new ProviderError(failure, 503, "unavailable", "", Duration.ZERO);
      listener.onResponseStart(503);
      listener.onEvent(new StreamEvent.Failure(error));
      outcome = CallOutcome.Failed.of(error);
    } else {
      listener.onResponseStart(200);
      StringBuilder content = new StringBuilder();
      for (int i = 0; i < chunks; i++) {
        if (i > 0) {
          waiter.waitNanos(gapNanos);
        }
        String text = " palabra";
        content.append(text);
        listener.onEvent(new StreamEvent.ContentDelta(text));
      }
      Usage usage = reportUsage ? Usage.server(10, chunks, 0) : Usage.none();
      if (reportUsage) {
        listener.onEvent(new StreamEvent.UsageReport(usage));
      }
      listener.onEvent(new StreamEvent.Finish(FinishReason.STOP, "stop"));
      outcome = new CallOutcome.Completed(content.toString(), "", FinishReason.STOP, usage);
    }
    CompletableFuture<CallOutcome> done = CompletableFuture.completedFuture(outcome);
    return new StreamingCall() {
      @Override
      public CompletableFuture<CallOutcome> outcome() {
        return done;
      }

      @Override
      public void cancel() {}
    };
  }

  @Override
  public List<String> listModels() {
    return List.of(model);
  }

  @Override
  public void close() {}
}
