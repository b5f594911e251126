/**
 * Load generation for {@code versus bench} (DESIGN §5): workloads ({@link
 * dev.versus.load.Workloads}: synthetic prompts of exact token lengths, prompt files), arrival
 * processes from an absolute seeded schedule, closed- and open-loop drivers ({@link
 * dev.versus.load.LoadDriver}), sweeps over load levels, the saturation search ({@link
 * dev.versus.load.SaturationSearch}) and several models on one workload ({@link
 * dev.versus.load.Comparison}). {@link dev.versus.load.BenchRun} runs a whole {@code versus
 * bench} on top of them: pre-flight ({@link dev.versus.load.Preflight}), records to JSONL and the
 * store as they finish, server metrics scraped per level, and {@code summary.json} after every
 * level.
 *
 * <p>Time is read from an injected {@link dev.versus.core.NanoClock} and waited for through an
 * injected {@link dev.versus.load.Sleeper}; every random choice comes from a seed.
 */
package dev.versus.load;
