package dev.versus.gateway;

/** What the spool guarantees about a row once {@link InteractionLog#append} has returned. */
public enum SpoolDurability {
  /**
   * The row's line has been written to the spool file with one {@code write(2)}: it survives a
   * crash or kill of the gateway process (the operating system holds it). A background group
   * commit {@code fsync}s every {@link SpoolConfig#syncInterval()}, so a power loss or kernel
   * crash can lose at most the rows appended in that last interval. Append takes microseconds.
   */
  WRITE,
  /**
   * The row's line has been written and {@code fsync}'d: it survives a power loss too. Appends
   * that arrive while one {@code fsync} runs share the next one (group commit), so throughput
   * holds, but each append waits for a disk flush (about a millisecond or more, disk-dependent).
   */
  FSYNC
}
