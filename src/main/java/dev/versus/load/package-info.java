/**
 * Load generation for {@code versus bench} (DESIGN §5): workloads ({@link
 * dev.versus.load.Workloads}: synthetic prompts of exact token lengths, prompt files), arrival
 * processes from an absolute seeded schedule, closed- and open-loop drivers ({@link
 * dev.versus.load.LoadDriver}), sweeps over load levels, the saturation search ({@link
 * dev.versus.load.SaturationSearch}) and several models on one workload ({@link
 * dev.versus.load.Comparison}).
 *
 * <p>Time is read from an injected {@link dev.versus.core.NanoClock} and waited for through an
 * injected {@link dev.versus.load.Sleeper}; every random choice comes from a seed.
 */
package dev.versus.load;
