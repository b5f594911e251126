package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.NanoClock;
import dev.versus.core.StreamEvent;
import dev.versus.provider.ChatProvider;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One streamed candidate call with its timing: time to first output (content or reasoning) and
 * end-to-end latency, both from the moment the call is started, in nanoseconds.
 */
record ReplayCall(CallOutcome outcome, long ttftNanos, long latencyNanos) {

  static ReplayCall run(ChatProvider provider, ChatRequest request, NanoClock clock) {
    AtomicLong first = new AtomicLong(-1);
    long start = clock.nanoTime();
    CallOutcome outcome = provider.stream(request, event -> {
      boolean output = switch (event) {
        case StreamEvent.ContentDelta d -> !d.text().isEmpty();
        case StreamEvent.ReasoningDelta d -> !d.text().isEmpty();
        case StreamEvent.UsageReport u -> false;
        case StreamEvent.Finish f -> false;
        case StreamEvent.Failure f -> false;
      };
      if (output) {
        first.compareAndSet(-1, clock.nanoTime());
      }
    }).await();
    long end = clock.nanoTime();
    long ttft = first.get() < 0 ? -1 : first.get() - start;
    return new ReplayCall(outcome, ttft, end - start);
  }
}
