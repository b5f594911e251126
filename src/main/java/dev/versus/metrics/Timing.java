package dev.versus.metrics;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The clock readings of one request, in nanoseconds of the run's {@link dev.versus.core.NanoClock}.
 * A reading that never happened (no response, no output, no answer) is {@link #ABSENT}.
 *
 * @param intendedSendNanos when the schedule meant to send (closed loop: equal to the send)
 * @param sendNanos when the request was handed to the provider (actual send)
 * @param firstByteNanos the response start (status line), or {@link #ABSENT}
 * @param firstOutputNanos the first event with non-empty content or reasoning, or {@link #ABSENT}
 * @param firstAnswerNanos the first event with non-empty content, or {@link #ABSENT}
 * @param lastByteNanos the last event (or when the failure became known)
 * @param itlNanos the gaps between consecutive output-carrying events, {@code outputEvents − 1} of
 *     them (copied in and out)
 * @param outputEvents how many events carried non-empty content or reasoning
 */
public record Timing(
    long intendedSendNanos,
    long sendNanos,
    long firstByteNanos,
    long firstOutputNanos,
    long firstAnswerNanos,
    long lastByteNanos,
    long[] itlNanos,
    int outputEvents) {

  /** Marks a reading that did not happen. */
  public static final long ABSENT = Long.MIN_VALUE;

  public Timing {
    itlNanos = itlNanos.clone();
    if (lastByteNanos < sendNanos) {
      throw new IllegalArgumentException("lastByteNanos precedes sendNanos");
    }
    requireAfterSend(firstByteNanos, sendNanos, "firstByteNanos");
    requireAfterSend(firstOutputNanos, sendNanos, "firstOutputNanos");
    requireAfterSend(firstAnswerNanos, sendNanos, "firstAnswerNanos");
    if (outputEvents < 0 || itlNanos.length != Math.max(0, outputEvents - 1)) {
      throw new IllegalArgumentException(
          "expected outputEvents − 1 gaps, got " + itlNanos.length + " for " + outputEvents);
    }
    if ((outputEvents == 0) != (firstOutputNanos == ABSENT)) {
      throw new IllegalArgumentException("firstOutputNanos must be present iff outputEvents > 0");
    }
    for (long gap : itlNanos) {
      if (gap < 0) {
        throw new IllegalArgumentException("negative inter-token gap " + gap);
      }
    }
  }

  private static void requireAfterSend(long value, long sendNanos, String name) {
    if (value != ABSENT && value < sendNanos) {
      throw new IllegalArgumentException(name + " precedes sendNanos");
    }
  }

  /** The gaps between output-carrying events in nanoseconds (a copy). */
  @Override
  public long[] itlNanos() {
    return itlNanos.clone();
  }

  /** Number of inter-token gaps, without copying them. */
  public int gapCount() {
    return itlNanos.length;
  }

  /** The largest inter-token gap in nanoseconds, 0 when there is none. */
  public long maxGapNanos() {
    long max = 0;
    for (long gap : itlNanos) {
      max = Math.max(max, gap);
    }
    return max;
  }

  /** Gap {@code i} in nanoseconds, without copying. */
  long gap(int i) {
    return itlNanos[i];
  }

  static OptionalLong since(long reading, long originNanos) {
    return reading == ABSENT ? OptionalLong.empty() : OptionalLong.of(reading - originNanos);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Timing t
        && intendedSendNanos == t.intendedSendNanos
        && sendNanos == t.sendNanos
        && firstByteNanos == t.firstByteNanos
        && firstOutputNanos == t.firstOutputNanos
        && firstAnswerNanos == t.firstAnswerNanos
        && lastByteNanos == t.lastByteNanos
        && outputEvents == t.outputEvents
        && Arrays.equals(itlNanos, t.itlNanos);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sendNanos) * 31 + Arrays.hashCode(itlNanos);
  }

  @Override
  public String toString() {
    return "Timing[intended="
        + intendedSendNanos
        + ", send="
        + sendNanos
        + ", firstByte="
        + firstByteNanos
        + ", firstOutput="
        + firstOutputNanos
        + ", firstAnswer="
        + firstAnswerNanos
        + ", lastByte="
        + lastByteNanos
        + ", outputEvents="
        + outputEvents
        + ", itl="
        + Arrays.toString(itlNanos)
        + "]";
  }
}
