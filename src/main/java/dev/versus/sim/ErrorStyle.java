package dev.versus.sim;

/**
 * How an OpenAI-format server words its errors: OpenAI's own API puts a string in {@code
 * error.code} (e.g. {@code "context_length_exceeded"}), vLLM puts the HTTP status as an integer.
 */
public enum ErrorStyle {
  OPENAI,
  VLLM
}
