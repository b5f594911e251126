/**
 * The OpenAI-compatible wire format (vLLM, llama.cpp server, Ollama, TGI, OpenAI...): {@link
 * dev.versus.provider.openai.OpenAiClient} for chat completions, raw completions and the model
 * list; streaming with {@code stream_options.include_usage}; {@code reasoning_content} as
 * reasoning; errors with string (OpenAI) or integer (vLLM) codes.
 */
package dev.versus.provider.openai;
