package dev.versus.guard;

/**
 * The ASCII characters that occur in a text, as two 64-bit masks. A literal with an ASCII
 * character the text lacks cannot occur in it: one test of two masks instead of a substring search,
 * which matters when a short prompt meets a couple of hundred literals.
 *
 * @param low characters 0-63
 * @param high characters 64-127
 */
record AsciiSet(long low, long high) {

  /** The ASCII characters of {@code text} (others are ignored). */
  static AsciiSet of(String text) {
    long low = 0;
    long high = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 64) {
        low |= 1L << c;
      } else if (c < 128) {
        high |= 1L << (c - 64);
      }
    }
    return new AsciiSet(low, high);
  }

  /** Whether every character of {@code other} is in this set. */
  boolean containsAll(AsciiSet other) {
    return (other.low & ~low) == 0 && (other.high & ~high) == 0;
  }
}
