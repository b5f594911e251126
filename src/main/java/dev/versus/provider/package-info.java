/**
 * Clients for model endpoints: the {@link dev.versus.provider.ChatProvider} interface, the
 * OpenAI-compatible and Gemini clients, the shared SSE parser, error mapping, and the registry that
 * turns a model reference ({@code openai:MODEL@URL}, {@code gemini:MODEL}, {@code sim:PROFILE}) into
 * a client. Nothing here knows about load generation, evaluation or the gateway.
 */
package dev.versus.provider;
