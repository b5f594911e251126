package dev.versus.provider;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An incremental Server-Sent Events parser following the WHATWG rules: lines end in {@code \n},
 * {@code \r\n} or {@code \r}; lines starting with {@code :} are comments; {@code data} lines are
 * joined with {@code \n}; one space after the colon is stripped; a blank line dispatches the event.
 *
 * <p>Bytes may be fed in pieces split anywhere (inside a line, a {@code \r\n} pair or a multi-byte
 * UTF-8 character). Bytes are scanned without decoding; each complete line is decoded once, and a
 * line is copied only when it spans two reads. Not thread-safe: one parser per stream, fed by one
 * thread.
 */
public final class SseParser {
  private static final byte CR = '\r';
  private static final byte LF = '\n';
  private static final byte[] DATA = {'d', 'a', 't', 'a'};
  private static final byte[] EVENT = {'e', 'v', 'e', 'n', 't'};
  private static final byte[] ID = {'i', 'd'};
  private static final byte[] RETRY = {'r', 'e', 't', 'r', 'y'};

  private final Consumer<SseEvent> sink;
  private final int maxLineBytes;
  private byte[] pending = new byte[256];
  private int pendingLength;
  private boolean afterCr;
  private boolean firstLine = true;
  private String firstData;
  private StringBuilder moreData;
  private String eventType = "";
  private String lastEventId = "";
  private long retryMillis = -1;

  private SseParser(Consumer<SseEvent> sink, int maxLineBytes) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.maxLineBytes = maxLineBytes;
  }

  /** A parser that hands every dispatched event to {@code sink}, lines up to 16 MiB. */
  public static SseParser create(Consumer<SseEvent> sink) {
    return new SseParser(sink, 16 << 20);
  }

  /**
   * A parser with a line length limit; a longer line makes {@link #feed} throw {@link
   * ProviderException}, so a misbehaving server cannot exhaust memory.
   */
  public static SseParser create(Consumer<SseEvent> sink, int maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be 1 or more, got " + maxLineBytes);
    }
    return new SseParser(sink, maxLineBytes);
  }

  /** Feeds the next bytes of the stream; events complete in them are dispatched before return. */
  public void feed(byte[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return;
    }
    int end = off + len;
    int lineStart = off;
    int i = off;
    if (afterCr && i < end && buf[i] == LF) {
      i++;
      lineStart = i;
    }
    afterCr = false;
    for (; i < end; i++) {
      byte b = buf[i];
      if (b != LF && b != CR) {
        continue;
      }
      if (pendingLength > 0) {
        appendPending(buf, lineStart, i - lineStart);
        processLine(pending, 0, pendingLength);
        pendingLength = 0;
      } else {
        checkLength(i - lineStart);
        processLine(buf, lineStart, i);
      }
      if (b == CR) {
        if (i + 1 == end) {
          afterCr = true;
        } else if (buf[i + 1] == LF) {
          i++;
        }
      }
      lineStart = i + 1;
    }
    if (lineStart < end) {
      appendPending(buf, lineStart, end - lineStart);
    }
  }

  /** Feeds the remaining bytes of {@code buffer}, advancing its position to its limit. */
  public void feed(ByteBuffer buffer) {
    if (buffer.hasArray()) {
      feed(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
      buffer.position(buffer.limit());
    } else {
      byte[] copy = new byte[buffer.remaining()];
      buffer.get(copy);
      feed(copy, 0, copy.length);
    }
  }

  /**
   * Ends the stream: an event not yet terminated by a blank line is discarded, as the standard
   * says. Returns whether such an incomplete event (or an unterminated line) was pending, which
   * tells a caller that the stream was cut mid-event. The parser is reset and can be reused.
   */
  public boolean finish() {
    boolean incomplete = pendingLength > 0 || firstData != null || !eventType.isEmpty();
    pendingLength = 0;
    afterCr = false;
    firstLine = true;
    resetEvent();
    lastEventId = "";
    return incomplete;
  }

  /** The reconnection time the stream asked for with a {@code retry:} field, -1 when none. */
  public long retryMillis() {
    return retryMillis;
  }

  private void processLine(byte[] b, int start, int end) {
    if (firstLine) {
      firstLine = false;
      if (end - start >= 3 && b[start] == (byte) 0xEF && b[start + 1] == (byte) 0xBB
          && b[start + 2] == (byte) 0xBF) {
        start += 3;
      }
    }
    if (start == end) {
      dispatch();
      return;
    }
    if (b[start] == ':') {
      return;
    }
    int colon = start;
    while (colon < end && b[colon] != ':') {
      colon++;
    }
    int valueStart = colon < end ? colon + 1 : end;
    if (valueStart < end && b[valueStart] == ' ') {
      valueStart++;
    }
    int nameLength = colon - start;
    if (is(DATA, b, start, nameLength)) {
      String value = decode(b, valueStart, end);
      if (firstData == null) {
        firstData = value;
      } else {
        if (moreData == null) {
          moreData = new StringBuilder(firstData.length() + value.length() + 16);
          moreData.append(firstData);
        }
        moreData.append('\n').append(value);
      }
    } else if (is(EVENT, b, start, nameLength)) {
      eventType = decode(b, valueStart, end);
    } else if (is(ID, b, start, nameLength)) {
      String value = decode(b, valueStart, end);
      if (value.indexOf('\0') < 0) {
        lastEventId = value;
      }
    } else if (is(RETRY, b, start, nameLength)) {
      retryMillis = parseDigits(b, valueStart, end, retryMillis);
    }
  }

  private void dispatch() {
    if (firstData == null) {
      eventType = "";
      return;
    }
    String data = moreData == null ? firstData : moreData.toString();
    String type = eventType.isEmpty() ? "message" : eventType;
    resetEvent();
    sink.accept(new SseEvent(type, data, lastEventId));
  }

  private void resetEvent() {
    firstData = null;
    if (moreData != null) {
      moreData.setLength(0);
      moreData = null;
    }
    eventType = "";
  }

  private void appendPending(byte[] buf, int from, int count) {
    checkLength(pendingLength + count);
    if (pendingLength + count > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + count));
    }
    System.arraycopy(buf, from, pending, pendingLength, count);
    pendingLength += count;
  }

  private void checkLength(int lineBytes) {
    if (lineBytes > maxLineBytes) {
      throw new ProviderException(
          "an SSE line is longer than the limit of " + maxLineBytes + " bytes");
    }
  }

  private static boolean is(byte[] name, byte[] b, int start, int length) {
    return length == name.length && Arrays.equals(name, 0, length, b, start, start + length);
  }

  private static String decode(byte[] b, int start, int end) {
    return start == end ? "" : new String(b, start, end - start, StandardCharsets.UTF_8);
  }

  private static long parseDigits(byte[] b, int start, int end, long previous) {
    if (start == end || end - start > 18) {
      return previous;
    }
    long value = 0;
    for (int i = start; i < end; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return previous;
      }
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }
}
