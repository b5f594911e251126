package dev.versus.eval;

/**
 * A snapshot of a running eval, for a progress line.
 *
 * @param done results finished so far
 * @param total results the run will produce
 * @param errors calls that failed after their retries
 * @param cached answers taken from the cache
 * @param elapsedNanos time since the run started
 */
public record EvalProgress(int done, int total, int errors, int cached, long elapsedNanos) {

  /** Finished results per second so far, 0 before any time has passed. */
  public double casesPerSecond() {
    return elapsedNanos <= 0 ? 0 : done * 1e9 / elapsedNanos;
  }
}
