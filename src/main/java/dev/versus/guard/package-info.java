/**
 * Screening of prompts before they reach a model and of responses before they reach the user.
 *
 * <p>Layers, each giving a {@link dev.versus.guard.LayerScore} in [0, 1] with a reason: regex
 * allow/deny rules, a weighted heuristic injection detector (Spanish and English), similarity to
 * a corpus of known attacks through a {@link dev.versus.guard.TextEmbedder}, invisible-character
 * and encoding checks, canary tokens, and secret / PII redaction. {@link dev.versus.guard.Guard}
 * combines them into a sealed {@link dev.versus.guard.GuardVerdict}; {@link
 * dev.versus.guard.GuardEvaluation} measures detection and false-positive rates on labelled data.
 */
package dev.versus.guard;
