package dev.versus.sim;

/**
 * A snapshot of one simulated model's state, rendered on {@code /metrics} with vLLM's names.
 *
 * @param running sequences in the running batch ({@code vllm:num_requests_running})
 * @param waiting requests waiting for admission ({@code vllm:num_requests_waiting})
 * @param kvCacheUsage fraction of KV-cache tokens held, 0..1 ({@code vllm:kv_cache_usage_perc})
 * @param memoryBytes weights plus KV bytes held
 * @param promptTokensTotal prompt tokens processed since start
 * @param generationTokensTotal tokens generated since start
 * @param requestsTotal requests accepted since start
 * @param rejectedTotal requests refused (faults) since start
 * @param disconnectsTotal generations cancelled because the client went away
 * @param crashesTotal times the crash threshold was crossed
 */
public record SimStats(
    int running,
    int waiting,
    double kvCacheUsage,
    long memoryBytes,
    long promptTokensTotal,
    long generationTokensTotal,
    long requestsTotal,
    long rejectedTotal,
    long disconnectsTotal,
    long crashesTotal) {}
