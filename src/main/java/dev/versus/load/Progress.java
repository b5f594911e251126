package dev.versus.load;

/**
 * A snapshot of a run in progress, for a progress bar.
 *
 * @param elapsedNanos clock time since the run started
 * @param sent requests sent so far
 * @param completed requests finished so far (successfully or not)
 * @param errors finished requests that failed
 * @param inFlight requests sent and not finished
 * @param currentRatePerSecond completions during the last second of the clock
 */
public record Progress(
    long elapsedNanos,
    long sent,
    long completed,
    long errors,
    int inFlight,
    double currentRatePerSecond) {}
