/**
 * Clients for model endpoints: the {@link dev.versus.provider.ChatProvider} interface, the
 * OpenAI-compatible and Gemini clients, the shared SSE parser, error mapping, and the registry that
 * turns a model reference ({@code openai:MODEL@URL}, {@code gemini:MODEL}, {@code sim:PROFILE}) into
 * a client. Nothing here knows about load generation, evaluation or the gateway.
 *
 * <p>For callers: {@link dev.versus.provider.ProviderRegistry}, {@link
 * dev.versus.provider.ModelRef}, {@link dev.versus.provider.ProviderConfig} and the clients in
 * {@code openai} and {@code gemini}. {@link dev.versus.provider.SseParser} is reusable by any
 * SSE consumer (the gateway).
 *
 * <p>For client implementations (public only because the wire clients live in subpackages):
 * {@link dev.versus.provider.HttpTransport} and {@link dev.versus.provider.HttpExchange} hold all
 * HTTP plumbing (Helidon's HTTP/1.1 client, virtual threads) so the library can be swapped after
 * measurement; {@link dev.versus.provider.SseStreamingCall} runs an SSE stream through a
 * {@link dev.versus.provider.StreamDecoder}; {@link dev.versus.provider.ErrorMapping} holds the
 * error classification rules; {@link dev.versus.provider.Json} the shared Jackson mapper.
 *
 * <p>Timeouts are enforced by a watchdog that closes the body stream, so a read or total timeout
 * and a cancellation all close the TCP connection and the server sees the disconnect.
 */
package dev.versus.provider;
