package dev.versus.provider;

import dev.versus.core.ErrorClass;
import dev.versus.core.NanoClock;
import dev.versus.core.ProviderError;
import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One HTTP request and its response body, read on the calling thread (a virtual thread; a platform
 * thread's exchange runs on a virtual thread it waits for), with timeouts and cancellation that
 * really close the connection: a watchdog on a shared scheduler checks the silence since the last
 * byte and the total time, and {@link #abort} interrupts the thread while it is blocked sending or
 * reading, which on a virtual thread closes the socket, so the server sees the disconnect at once.
 * An abort that arrives while the handler runs takes effect when it returns, so a handler's own
 * I/O (a gateway writing to its client) is never interrupted.
 *
 * <p>Single use. {@link #abort} may be called from any thread.
 */
public final class HttpExchange {
  private static final int READ_BUFFER_BYTES = 8192;

  /** Receives the response of an exchange on the reading thread. */
  public interface ResponseHandler {
    /** The status line and headers arrived. */
    void onHeaders(int status, ResponseHeaders headers);

    /** The next bytes of the body; {@code buf} is reused after return. */
    void onBody(byte[] buf, int off, int len);
  }

  /** A fully read response. */
  public record Body(int status, ResponseHeaders headers, byte[] bytes) {}

  private final Http1Client client;
  private final OutboundRequest request;
  private final Executor virtualThreads;
  private final ScheduledExecutorService watchdog;
  private final NanoClock clock;
  private final long readTimeoutNanos;
  private final long totalTimeoutNanos;
  private final AtomicReference<ProviderError> abortReason = new AtomicReference<>();
  /** Guards {@link #reader} and {@link #blocked}, so an interrupt only lands in blocking I/O. */
  private final ReentrantLock lock = new ReentrantLock();
  private Thread reader;
  private boolean blocked;
  private boolean interruptedByAbort;
  private volatile long startNanos;
  private volatile long lastActivityNanos;
  private volatile boolean done;
  private volatile ScheduledFuture<?> check;

  HttpExchange(
      Http1Client client,
      OutboundRequest request,
      Executor virtualThreads,
      ScheduledExecutorService watchdog,
      NanoClock clock,
      Duration readTimeout,
      Duration totalTimeout) {
    this.client = client;
    this.request = request;
    this.virtualThreads = virtualThreads;
    this.watchdog = watchdog;
    this.clock = clock;
    this.readTimeoutNanos = readTimeout.toNanos();
    this.totalTimeoutNanos = totalTimeout.toNanos();
  }

  /**
   * Sends the request and reads the whole response into {@code handler}, blocking the calling
   * thread. Returns empty when the body was read to its end, or the transport failure: a timeout,
   * a cancellation ({@link #abort} or an interrupt of the calling thread, whose flag stays set), a
   * connect failure, or a connection cut mid-response.
   */
  public Optional<ProviderError> run(ResponseHandler handler) {
    if (!Thread.currentThread().isVirtual()) {
      return runOnVirtualThread(handler);
    }
    boolean interruptedBefore = Thread.currentThread().isInterrupted();
    startNanos = clock.nanoTime();
    lastActivityNanos = startNanos;
    schedule(Math.min(readTimeoutNanos, totalTimeoutNanos));
    try {
      if (interruptedBefore) {
        abort(ProviderError.of(ErrorClass.CANCELLED, "interrupted before the request was sent"));
      }
      return Optional.ofNullable(exchange(handler));
    } finally {
      done = true;
      ScheduledFuture<?> task = check;
      if (task != null) {
        task.cancel(false);
      }
      lock.lock();
      try {
        reader = null;
        blocked = false;
      } finally {
        lock.unlock();
      }
      if (interruptedByAbort && !interruptedBefore) {
        Thread.interrupted(); // the abort's own interrupt, not the caller's
      }
    }
  }

  /**
   * A platform thread's socket I/O cannot be interrupted, so its exchange runs on a virtual
   * thread; an interrupt of the waiting platform thread cancels it (and stays set).
   */
  private Optional<ProviderError> runOnVirtualThread(ResponseHandler handler) {
    CompletableFuture<Optional<ProviderError>> result = new CompletableFuture<>();
    virtualThreads.execute(() -> {
      try {
        result.complete(run(handler));
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return result.get();
        } catch (InterruptedException e) {
          interrupted = true;
          abort(ProviderError.of(ErrorClass.CANCELLED, "interrupted while waiting for the response"));
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Sends the request and reads the body into memory, up to {@code maxBytes} (more is an invalid
   * response). Returns the body or the transport failure as the {@code Failed} side.
   */
  public Result readFully(int maxBytes) {
    var collector = new ResponseHandler() {
      int status;
      ResponseHeaders headers = ResponseHeaders.EMPTY;
      final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      boolean tooLong;

      @Override
      public void onHeaders(int s, ResponseHeaders h) {
        status = s;
        headers = h;
      }

      @Override
      public void onBody(byte[] buf, int off, int len) {
        if (bytes.size() + len > maxBytes) {
          tooLong = true;
          abort(ProviderError.of(ErrorClass.INVALID_RESPONSE,
              "response body larger than " + maxBytes + " bytes"));
        } else {
          bytes.write(buf, off, len);
        }
      }
    };
    Optional<ProviderError> failure = run(collector);
    if (failure.isPresent()) {
      return new Result.Failed(failure.get(), collector.status);
    }
    return new Result.Received(new Body(collector.status, collector.headers, collector.bytes.toByteArray()));
  }

  /** The outcome of {@link #readFully}. */
  public sealed interface Result {
    /** The whole body arrived. */
    record Received(Body body) implements Result {}

    /** The transport failed; {@code status} is the response status if headers arrived, else 0. */
    record Failed(ProviderError error, int status) implements Result {}
  }

  /**
   * Ends the exchange with {@code reason}, closing the connection. The first reason wins; later
   * calls and calls after the end do nothing.
   */
  public void abort(ProviderError reason) {
    if (done || !abortReason.compareAndSet(null, reason)) {
      return;
    }
    lock.lock();
    try {
      if (blocked && reader != null) {
        interruptedByAbort = true;
        reader.interrupt(); // closes the socket of a virtual thread blocked on it
      }
    } finally {
      lock.unlock();
    }
  }

  /** Cancels the exchange (the outcome becomes {@code cancelled}). */
  public void cancel() {
    abort(ProviderError.of(ErrorClass.CANCELLED, "cancelled by the caller"));
  }

  private ProviderError exchange(ResponseHandler handler) {
    if (!block()) {
      return abortReason.get(); // cancelled before anything was sent
    }
    Http1ClientResponse response;
    try {
      response = send();
    } catch (RuntimeException e) {
      cancelIfInterrupted();
      return reasonOr(connectFailure(e));
    } finally {
      unblock();
    }
    try (response) {
      if (abortReason.get() != null) {
        return abortReason.get();
      }
      lastActivityNanos = clock.nanoTime();
      handler.onHeaders(response.status().code(), headers(response));
      byte[] buf = new byte[READ_BUFFER_BYTES];
      InputStream in = response.inputStream();
      while (true) {
        if (!block()) {
          return abortReason.get();
        }
        int n;
        try {
          n = in.read(buf);
        } finally {
          unblock();
        }
        if (n < 0) {
          return abortReason.get();
        }
        lastActivityNanos = clock.nanoTime();
        if (n > 0) {
          handler.onBody(buf, 0, n);
        }
      }
    } catch (IOException | RuntimeException e) {
      cancelIfInterrupted();
      if (abortReason.get() != null) {
        return abortReason.get();
      }
      return ProviderError.of(
          ErrorClass.STREAM_INTERRUPTED, "connection closed mid-response: " + describe(e));
    }
  }

  /** An interrupt of the caller (not an abort's) cancels the exchange; the flag stays set. */
  private void cancelIfInterrupted() {
    if (abortReason.get() == null && Thread.currentThread().isInterrupted()) {
      abort(ProviderError.of(ErrorClass.CANCELLED, "interrupted while waiting for the response"));
    }
  }

  private Http1ClientResponse send() {
    Http1ClientRequest http = client.method(Method.create(request.method()))
        .uri(request.uri()); // Helidon decodes the URI's query and encodes it again, unchanged
    request.headers().forEach((name, value) -> http.header(HeaderValues.create(name, value)));
    return request.method().equals("GET") ? http.request() : http.submit(request.body());
  }

  private static ResponseHeaders headers(Http1ClientResponse response) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Header header : response.headers()) {
      map.put(header.name(), header.allValues());
    }
    return new ResponseHeaders(map);
  }

  /** Marks this thread as blocked in I/O (interruptible by an abort); false when already aborted. */
  private boolean block() {
    lock.lock();
    try {
      if (abortReason.get() != null) {
        return false;
      }
      reader = Thread.currentThread();
      blocked = true;
      return true;
    } finally {
      lock.unlock();
    }
  }

  private void unblock() {
    lock.lock();
    try {
      blocked = false;
    } finally {
      lock.unlock();
    }
  }

  private ProviderError reasonOr(ProviderError fallback) {
    ProviderError reason = abortReason.get();
    return reason != null ? reason : fallback;
  }

  private static ProviderError connectFailure(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return ProviderError.of(ErrorClass.TIMEOUT, "timeout: " + describe(t));
      }
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof UnresolvedAddressException) {
        return ProviderError.of(ErrorClass.CONNECT, "cannot connect: " + describe(t));
      }
    }
    return ProviderError.of(
        ErrorClass.STREAM_INTERRUPTED, "connection closed before the response: " + describe(cause));
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }

  private void schedule(long delayNanos) {
    check = watchdog.schedule(this::checkTimeouts, Math.max(delayNanos, 1), TimeUnit.NANOSECONDS);
  }

  private void checkTimeouts() {
    if (done) {
      return;
    }
    long now = clock.nanoTime();
    long totalLeft = totalTimeoutNanos - (now - startNanos);
    long readLeft = readTimeoutNanos - (now - lastActivityNanos);
    if (totalLeft <= 0) {
      abort(ProviderError.of(ErrorClass.TIMEOUT,
          "total timeout of " + millis(totalTimeoutNanos) + " ms expired"));
    } else if (readLeft <= 0) {
      abort(ProviderError.of(ErrorClass.TIMEOUT,
          "read timeout: no byte for " + millis(readTimeoutNanos) + " ms"));
    } else {
      schedule(Math.min(totalLeft, readLeft));
    }
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }
}
