package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.ProviderError;
import dev.versus.provider.CallHandle;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One upstream attempt for a non-streamed client request: a non-streamed request to the backend
 * (as a proxy would send it), read on the request's own thread, that a client who leaves cancels.
 *
 * <p>Once the call has lasted {@value #WATCH_AFTER_MILLIS} ms, the client's connection is watched
 * ({@link HttpIn.ClientWatch}); if the client closes it, the upstream call is cancelled, which
 * closes the upstream connection at once. A server that watches its connections (vLLM does, for
 * non-streamed requests too) then stops generating; one that looks at its connection only when it
 * writes (the simulator) finishes the answer first. For those, a backend with {@code
 * stream-upstream: true} is asked for a stream that is collected here, so that its next token's
 * write fails (docs/gateway.md, item 9). Calls shorter than the delay are not watched: starting a
 * watch costs a thread and a read on the connection.
 */
final class WholeCall implements Upstream.Attempt {
  /** How long (milliseconds) a call runs before the client's connection is watched. */
  static final long WATCH_AFTER_MILLIS = 20;

  /** Starts the watches; one daemon thread for the process, cancelled tasks are removed at once. */
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final HttpIn.ClientWatch client;

  WholeCall(HttpIn.ClientWatch client) {
    this.client = client;
  }

  @Override
  public Upstream.Try run(Backend backend, ChatRequest request) {
    CallHandle handle = new CallHandle();
    AtomicBoolean gone = new AtomicBoolean();
    ScheduledFuture<?> watch = TIMER.schedule(() -> client.whenGone(() -> {
      gone.set(true);
      handle.cancel();
    }), WATCH_AFTER_MILLIS, TimeUnit.MILLISECONDS);
    CallOutcome outcome;
    try {
      outcome = backend.config().streamUpstream()
          ? backend.provider().streamHere(request, event -> {}, handle)
          : backend.provider().call(request, handle);
    } finally {
      watch.cancel(false);
    }
    return switch (outcome) {
      case CallOutcome.Completed done -> new Upstream.Try.Ok(done);
      case CallOutcome.Failed failed when gone.get() -> new Upstream.Try.Ended(CallOutcome.Failed.of(
          ProviderError.of(ErrorClass.CANCELLED, "the client closed the connection")));
      case CallOutcome.Failed failed when failed.error().errorClass() == ErrorClass.CANCELLED ->
          new Upstream.Try.Ended(failed);
      case CallOutcome.Failed failed -> new Upstream.Try.Err(failed.error());
    };
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "gateway-watch-timer");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
