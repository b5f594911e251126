package dev.versus.store;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Encodes inter-token gaps (non-negative nanoseconds) as unsigned LEB128 varints: a 30 ms gap
 * takes 4 bytes instead of 8, and an empty array is stored as SQL NULL.
 */
final class GapCodec {
  private GapCodec() {}

  static byte[] encode(long[] gaps) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(gaps.length * 4);
    for (long gap : gaps) {
      long v = gap;
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
    return out.toByteArray();
  }

  static long[] decode(byte[] bytes) {
    long[] gaps = new long[bytes.length];
    int count = 0;
    int i = 0;
    while (i < bytes.length) {
      long value = 0;
      int shift = 0;
      byte b;
      do {
        if (i >= bytes.length || shift > 63) {
          throw new StoreException("corrupt inter-token gap column (bad varint at byte " + i + ")");
        }
        b = bytes[i++];
        value |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      gaps[count++] = value;
    }
    return Arrays.copyOf(gaps, count);
  }
}
