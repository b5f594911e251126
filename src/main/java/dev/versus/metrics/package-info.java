/**
 * Per-request measurement and its aggregation (DESIGN §5): {@link dev.versus.metrics.RequestTimer}
 * stamps an injected clock on every stream event and builds a {@link
 * dev.versus.metrics.RequestRecord}; an {@link dev.versus.metrics.Aggregator} turns records into
 * HdrHistogram percentiles, throughput over the measured window, goodput against an {@link
 * dev.versus.metrics.Slo}, error and usage-source counts, and merges exactly across shards. Records
 * are appended to JSONL as they complete ({@link dev.versus.metrics.JsonlRecordWriter}); latency
 * histograms go to HdrHistogram interval logs ({@link dev.versus.metrics.IntervalLogWriter}).
 *
 * <p>All times are nanoseconds of one {@link dev.versus.core.NanoClock}; only differences matter.
 */
package dev.versus.metrics;
