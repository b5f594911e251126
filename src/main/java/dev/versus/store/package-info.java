/**
 * Persistence of runs, per-request performance records, eval results, gateway logs and
 * HdrHistogram interval logs, in one schema with versioned migrations (DESIGN §9).
 *
 * <p>Open a store with {@link dev.versus.store.Store#open(String)} (a file path,
 * {@code sqlite:PATH}, {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://...}) or
 * {@link dev.versus.store.Store#openDefault()} (env {@code VERSUS_STORE}, else
 * {@code $XDG_DATA_HOME/versus/versus.db}, else {@code ~/.local/share/versus/versus.db}). A store
 * hands out one small repository per table; each is thread-safe. {@link
 * dev.versus.store.BatchWriter} batches rows in the background for callers that produce thousands
 * per second.
 *
 * <p>The store depends only on {@code dev.versus.core}: its row records are its own, and the
 * bench, eval and gateway features map their values to them. Row conventions, shared by every
 * record here: an absent number is {@code -1} (times, durations, token counts), an absent HTTP
 * status is {@code 0}, an absent amount is {@code NaN} and absent text is {@code ""}; the database
 * stores every one of them as SQL {@code NULL}. Text never holds U+0000 (PostgreSQL cannot store
 * it); the store replaces it with U+FFFD on both vendors so that they behave alike.
 */
package dev.versus.store;
