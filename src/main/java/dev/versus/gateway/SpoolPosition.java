package dev.versus.gateway;

/** A byte position in the spool: segment number and offset within that segment's file. */
record SpoolPosition(long segment, long offset) implements Comparable<SpoolPosition> {
  SpoolPosition {
    if (segment < 0 || offset < 0) {
      throw new IllegalArgumentException("bad spool position " + segment + ":" + offset);
    }
  }

  @Override
  public int compareTo(SpoolPosition other) {
    int bySegment = Long.compare(segment, other.segment);
    return bySegment != 0 ? bySegment : Long.compare(offset, other.offset);
  }
}
