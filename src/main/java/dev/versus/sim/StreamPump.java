package dev.versus.sim;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Moves a {@link Generation}'s events to an SSE response. A producer virtual thread calls {@link
 * Generation#next()} and fills a bounded queue; the response thread drains it and flushes only when
 * the queue is empty, so an instant model's events leave in few large writes while a timed model's
 * leave one by one as they are due. When nothing arrives for the keep-alive interval the pump
 * writes an SSE comment: a client that went away makes that write (or the next one) fail, so a
 * disconnect is noticed within about two intervals even during a long stall. Any failed write
 * cancels the generation at once.
 */
final class StreamPump {
  /** How a stream ended. */
  enum Outcome {
    COMPLETED,
    FAILED,
    CUT,
    DISCONNECTED
  }

  private static final int QUEUE_CAPACITY = 256;

  private StreamPump() {}

  static Outcome pump(
      Generation generation, SseWriter sse, StreamEncoder encoder, Duration keepAlive) {
    BlockingQueue<GenerationEvent> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    Thread producer =
        Thread.ofVirtual().name("sim-generation").start(() -> produce(generation, queue));
    long keepAliveNanos = keepAlive.toNanos();
    try {
      while (true) {
        GenerationEvent event = queue.poll();
        if (event == null) {
          sse.flush();
          event = queue.poll(keepAliveNanos, TimeUnit.NANOSECONDS);
          while (event == null) {
            sse.keepAlive();
            sse.flush();
            event = queue.poll(keepAliveNanos, TimeUnit.NANOSECONDS);
          }
        }
        switch (event) {
          case GenerationEvent.Tokens tokens -> encoder.tokens(tokens, sse);
          case GenerationEvent.Done done -> {
            encoder.done(done, sse);
            sse.flush();
            return Outcome.COMPLETED;
          }
          case GenerationEvent.Failed failed -> {
            encoder.failed(HttpError.of(failed.fault()), sse);
            sse.flush();
            return Outcome.FAILED;
          }
          case GenerationEvent.Cut cut -> {
            sse.flush();
            return Outcome.CUT;
          }
        }
      }
    } catch (IOException e) {
      generation.cancel();
      return Outcome.DISCONNECTED;
    } catch (InterruptedException e) {
      generation.cancel();
      Thread.currentThread().interrupt();
      return Outcome.DISCONNECTED;
    } finally {
      producer.interrupt();
      generation.close();
    }
  }

  private static void produce(Generation generation, BlockingQueue<GenerationEvent> queue) {
    try {
      while (true) {
        GenerationEvent event;
        try {
          event = generation.next();
        } catch (RuntimeException e) {
          event =
              new GenerationEvent.Failed(
                  new SimFault(
                      FaultKind.INTERNAL, "simulator engine failure: " + e, Duration.ZERO));
        }
        queue.put(event);
        if (!(event instanceof GenerationEvent.Tokens)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // the response thread stopped reading: the client went away or the stream ended
      Thread.currentThread().interrupt();
    }
  }
}
