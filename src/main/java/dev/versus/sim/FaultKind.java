package dev.versus.sim;

/** Why the simulator refused or failed a request; the HTTP layer picks status and body from it. */
public enum FaultKind {
  /** Prompt plus requested output exceed the context window (400), or the KV cache (vLLM style). */
  CONTEXT_LENGTH,
  /** The requests-per-minute or tokens-per-minute quota is spent (429 with a retry delay). */
  RATE_LIMITED,
  /** The crash threshold was crossed: in-flight requests fail with the profile's message (500). */
  CRASHED,
  /** The server is recovering from a crash or is overloaded (503). */
  UNAVAILABLE,
  /** A randomly injected internal error (500). */
  INTERNAL
}
