package dev.versus.metrics;

/**
 * Token sums over measured completed requests, with the client tokenizer's agreement.
 *
 * @param promptTokens prompt tokens (server count when reported, else client count)
 * @param outputTokens output tokens (server count when reported, else client count)
 * @param serverOutputTokens server output tokens of requests where the server reported usage
 * @param clientOutputTokens client output tokens of those same requests
 * @param discrepancyPercent (client − server) / server × 100 over those requests, 0 when none
 */
public record TokenTotals(
    long promptTokens,
    long outputTokens,
    long serverOutputTokens,
    long clientOutputTokens,
    double discrepancyPercent) {}
