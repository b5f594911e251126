/**
 * Screening of prompts before they reach a model and of responses before they reach the user.
 *
 * <p>Layers, each giving a {@link dev.versus.guard.LayerScore} in [0, 1] with a reason: regex
 * allow/deny rules, a weighted heuristic injection detector (Spanish and English), similarity to
 * a corpus of known attacks through a {@link dev.versus.guard.TextEmbedder}, for documents only an
 * off-topic directive detector (a request to an AI assistant unrelated to the rest of the
 * document: sentence embeddings and a small logistic model), invisible-character
 * and encoding checks, canary tokens, and secret / PII redaction. {@link dev.versus.guard.Guard}
 * combines them into a sealed {@link dev.versus.guard.GuardVerdict}; {@link
 * dev.versus.guard.GuardEvaluation} measures detection and false-positive rates on labelled data,
 * each text screened through its {@link dev.versus.guard.Channel} (prompt or document).
 */
package dev.versus.guard;
