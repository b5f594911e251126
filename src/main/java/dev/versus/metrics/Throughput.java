package dev.versus.metrics;

/**
 * Rates over the measured window (see {@link Aggregator} for which requests count).
 *
 * @param requestsPerSecond completed requests per second
 * @param outputTokensPerSecond output tokens of completed requests per second
 * @param totalTokensPerSecond prompt + output tokens of completed requests per second
 * @param peakOutputTokensPerSecond the highest output tokens in any 1 s bucket of the clock
 */
public record Throughput(
    double requestsPerSecond,
    double outputTokensPerSecond,
    double totalTokensPerSecond,
    double peakOutputTokensPerSecond) {}
