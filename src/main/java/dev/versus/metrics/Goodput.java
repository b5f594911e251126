package dev.versus.metrics;

/**
 * Requests that met every SLO; failed requests count against it.
 *
 * @param goodRequests measured requests that completed and met every SLO
 * @param requestsPerSecond good requests per second of the measured window
 * @param percent good requests as a percentage of all measured requests (0 when none)
 */
public record Goodput(long goodRequests, double requestsPerSecond, double percent) {}
