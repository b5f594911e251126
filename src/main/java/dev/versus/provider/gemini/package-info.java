/**
 * The Google Gemini wire format: {@link dev.versus.provider.gemini.GeminiClient} for
 * generateContent, streamGenerateContent (SSE, no end marker), countTokens and the model list,
 * with the key in the {@code x-goog-api-key} header and {@code RetryInfo.retryDelay} as the retry
 * hint.
 */
package dev.versus.provider.gemini;
