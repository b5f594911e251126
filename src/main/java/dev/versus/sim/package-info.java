/**
 * The simulated inference server (DESIGN §4): profiles, a continuous-batching engine with a KV-cache
 * and memory model, fault injection, deterministic content, and an HTTP server that speaks the
 * OpenAI and Gemini wire formats. Its figures are labelled <em>simulated</em> wherever they appear.
 *
 * <p>The seam between the engine and the HTTP layer: the server parses a request from either wire
 * format into a {@link dev.versus.sim.GenerationRequest}, {@linkplain
 * dev.versus.sim.SimModel#submit submits} it, and turns the {@link dev.versus.sim.GenerationEvent}s
 * of the accepted {@link dev.versus.sim.Generation} (or the {@link dev.versus.sim.SimFault} of a
 * rejection) into that format.
 */
package dev.versus.sim;
