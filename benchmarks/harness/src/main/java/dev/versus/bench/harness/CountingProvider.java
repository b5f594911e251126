package dev.versus.bench.harness;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.StreamEvent;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.StreamListener;
import dev.versus.provider.StreamingCall;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wraps a client and counts, on the client side, streams open right now (response headers
 * received, terminal event not yet), their peak, and every event delivered to listeners.
 */
final class CountingProvider implements ChatProvider {
  private final ChatProvider delegate;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger peakOpen = new AtomicInteger();
  private final LongAdder events = new LongAdder();

  CountingProvider(ChatProvider delegate) {
    this.delegate = delegate;
  }

  int open() {
    return open.get();
  }

  int peakOpen() {
    return peakOpen.get();
  }

  long events() {
    return events.sum();
  }

  @Override
  public String label() {
    return delegate.label();
  }

  @Override
  public String model() {
    return delegate.model();
  }

  @Override
  public CallOutcome call(ChatRequest request) {
    return delegate.call(request);
  }

  @Override
  public StreamingCall stream(ChatRequest request, StreamListener listener) {
    AtomicBoolean opened = new AtomicBoolean();
    AtomicBoolean closed = new AtomicBoolean();
    Runnable close = () -> {
      if (opened.get() && closed.compareAndSet(false, true)) {
        open.decrementAndGet();
      }
    };
    StreamListener counting = new StreamListener() {
      @Override
      public void onResponseStart(int status) {
        if (opened.compareAndSet(false, true)) {
          peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        }
        listener.onResponseStart(status);
      }

      @Override
      public void onEvent(StreamEvent event) {
        events.increment();
        if (event instanceof StreamEvent.Finish || event instanceof StreamEvent.Failure) {
          close.run();
        }
        listener.onEvent(event);
      }
    };
    StreamingCall call = delegate.stream(request, counting);
    call.outcome().whenComplete((outcome, error) -> close.run());
    return call;
  }

  @Override
  public List<String> listModels() {
    return delegate.listModels();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
