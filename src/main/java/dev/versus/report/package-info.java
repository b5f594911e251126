/**
 * Comparison reports (DESIGN §9): the report's own input model ({@link dev.versus.report.ReportModel}
 * and the records it holds) and the renderers that turn it into HTML, Markdown, JSON, CSV or JUnit XML,
 * in English or Spanish.
 *
 * <p>bench, eval and the store map their summaries into a {@code ReportModel}; nothing here measures
 * anything. Renderers are found by format name through {@link dev.versus.report.ReportRenderers}:
 * {@code ReportRenderers.require("html").render(model, ReportLanguage.ES)}. Every figure carries
 * where it came from: a simulated or a real endpoint, server-reported or client-counted tokens, and
 * its sample size.
 *
 * <p>Choices made here:
 *
 * <ul>
 *   <li>The language of the prompts ({@code workloadLanguage}) belongs to the model; the language
 *       of the labels is chosen at rendering ({@code --lang}). Labels live in {@code
 *       report/messages_en.properties} and {@code report/messages_es.properties}.
 *   <li>Numbers use {@code Locale.ROOT} (a full stop for decimals) in every language and format, so
 *       a figure reads the same in every copy of a report.
 *   <li>CSV and JSON field names are snake_case English in every language: they are for scripts.
 *   <li>The HTML inlines Chart.js (vendored under {@code report/vendor/}, MIT) and sets a
 *       Content-Security-Policy that forbids every request, so it opens offline and cannot leak.
 *   <li>A latency CDF falls back to the percentile points when no finer CDF was kept, and its
 *       caption says so.
 * </ul>
 */
package dev.versus.report;
