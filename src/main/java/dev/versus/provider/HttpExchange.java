package dev.versus.provider;

import dev.versus.core.ErrorClass;
import dev.versus.core.NanoClock;
import dev.versus.core.ProviderError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One HTTP request and its response body, read on the calling thread, with timeouts and
 * cancellation that really close the connection: a watchdog on a shared scheduler checks the
 * silence since the last byte and the total time, and {@link #abort} closes the body stream (and
 * cancels a response not yet received), which closes the TCP connection.
 *
 * <p>Single use. {@link #abort} may be called from any thread.
 */
public final class HttpExchange {
  private static final int READ_BUFFER_BYTES = 8192;

  /** Receives the response of an exchange on the reading thread. */
  public interface ResponseHandler {
    /** The status line and headers arrived. */
    void onHeaders(int status, HttpHeaders headers);

    /** The next bytes of the body; {@code buf} is reused after return. */
    void onBody(byte[] buf, int off, int len);
  }

  /** A fully read response. */
  public record Body(int status, HttpHeaders headers, byte[] bytes) {}

  private final HttpClient client;
  private final HttpRequest request;
  private final ScheduledExecutorService watchdog;
  private final NanoClock clock;
  private final long readTimeoutNanos;
  private final long totalTimeoutNanos;
  private final AtomicReference<ProviderError> abortReason = new AtomicReference<>();
  private volatile CompletableFuture<HttpResponse<InputStream>> pending;
  private volatile InputStream body;
  private volatile long startNanos;
  private volatile long lastActivityNanos;
  private volatile boolean done;
  private volatile ScheduledFuture<?> check;

  HttpExchange(
      HttpClient client,
      HttpRequest request,
      ScheduledExecutorService watchdog,
      NanoClock clock,
      Duration readTimeout,
      Duration totalTimeout) {
    this.client = client;
    this.request = request;
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
    startNanos = clock.nanoTime();
    lastActivityNanos = startNanos;
    schedule(Math.min(readTimeoutNanos, totalTimeoutNanos));
    try {
      return Optional.ofNullable(exchange(handler));
    } finally {
      done = true;
      ScheduledFuture<?> task = check;
      if (task != null) {
        task.cancel(false);
      }
      closeBody();
    }
  }

  /**
   * Sends the request and reads the body into memory, up to {@code maxBytes} (more is an invalid
   * response). Returns the body or the transport failure as the {@code Failed} side.
   */
  public Result readFully(int maxBytes) {
    var collector = new ResponseHandler() {
      int status;
      HttpHeaders headers;
      final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      boolean tooLong;

      @Override
      public void onHeaders(int s, HttpHeaders h) {
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
    CompletableFuture<HttpResponse<InputStream>> future = pending;
    if (future != null) {
      future.cancel(true);
    }
    closeBody();
  }

  /** Cancels the exchange (the outcome becomes {@code cancelled}). */
  public void cancel() {
    abort(ProviderError.of(ErrorClass.CANCELLED, "cancelled by the caller"));
  }

  private ProviderError exchange(ResponseHandler handler) {
    if (abortReason.get() != null) {
      return abortReason.get(); // cancelled before anything was sent
    }
    CompletableFuture<HttpResponse<InputStream>> future;
    try {
      future = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return ProviderError.of(ErrorClass.CONNECT, "cannot send request: " + e.getMessage());
    }
    pending = future;
    if (abortReason.get() != null) {
      future.cancel(true);
    }
    HttpResponse<InputStream> response;
    try {
      response = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort(ProviderError.of(ErrorClass.CANCELLED, "interrupted while waiting for the response"));
      return abortReason.get();
    } catch (CancellationException e) {
      return reasonOr(ProviderError.of(ErrorClass.CANCELLED, "cancelled"));
    } catch (ExecutionException e) {
      return reasonOr(connectFailure(e.getCause()));
    }
    body = response.body();
    if (abortReason.get() != null) {
      closeBody();
      return abortReason.get();
    }
    lastActivityNanos = clock.nanoTime();
    handler.onHeaders(response.statusCode(), response.headers());
    byte[] buf = new byte[READ_BUFFER_BYTES];
    try {
      InputStream in = body;
      while (true) {
        int n = in.read(buf);
        if (n < 0) {
          return abortReason.get();
        }
        lastActivityNanos = clock.nanoTime();
        if (n > 0) {
          handler.onBody(buf, 0, n);
        }
      }
    } catch (IOException e) {
      if (abortReason.get() != null) {
        return abortReason.get();
      }
      if (Thread.currentThread().isInterrupted()) {
        abort(ProviderError.of(ErrorClass.CANCELLED, "interrupted while reading the response"));
        return abortReason.get();
      }
      return ProviderError.of(
          ErrorClass.STREAM_INTERRUPTED, "connection closed mid-response: " + describe(e));
    }
  }

  private ProviderError reasonOr(ProviderError fallback) {
    ProviderError reason = abortReason.get();
    return reason != null ? reason : fallback;
  }

  private static ProviderError connectFailure(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return ProviderError.of(ErrorClass.TIMEOUT, "connect timeout: " + describe(cause));
    }
    if (cause instanceof HttpTimeoutException) {
      return ProviderError.of(ErrorClass.TIMEOUT, "timeout: " + describe(cause));
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
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

  private void closeBody() {
    InputStream in = body;
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // closing is best effort; the connection is discarded either way
      }
    }
  }
}
