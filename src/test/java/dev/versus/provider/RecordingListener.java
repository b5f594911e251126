package dev.versus.provider;

import dev.versus.core.StreamEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A stream listener for tests that records every callback; thread-safe. */
public final class RecordingListener implements StreamListener {
  private final List<StreamEvent> events = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstContent = new CountDownLatch(1);
  private volatile int status;

  @Override
  public void onResponseStart(int httpStatus) {
    status = httpStatus;
  }

  @Override
  public void onEvent(StreamEvent event) {
    events.add(Objects.requireNonNull(event));
    if (event instanceof StreamEvent.ContentDelta) {
      firstContent.countDown();
    }
  }

  /** The HTTP status passed to {@link #onResponseStart}, 0 before. */
  public int status() {
    return status;
  }

  /** Every event so far, in order. */
  public List<StreamEvent> events() {
    return List.copyOf(events);
  }

  /** Waits for the first content delta. */
  public boolean awaitFirstContent(Duration bound) throws InterruptedException {
    return firstContent.await(bound.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The texts of the content deltas, in order. */
  public List<String> contentDeltas() {
    return events.stream()
        .filter(e -> e instanceof StreamEvent.ContentDelta)
        .map(e -> ((StreamEvent.ContentDelta) e).text())
        .toList();
  }

  /** How many terminal events ({@code Finish} or {@code Failure}) arrived; the contract says 1. */
  public long terminalCount() {
    return events.stream()
        .filter(e -> e instanceof StreamEvent.Finish || e instanceof StreamEvent.Failure)
        .count();
  }
}
