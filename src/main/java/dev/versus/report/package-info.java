/**
 * Comparison reports (DESIGN §9): the report's own input model ({@link dev.versus.report.ReportModel}
 * and the records it holds) and the renderers that turn it into HTML, Markdown, JSON, CSV or JUnit XML,
 * in English or Spanish.
 *
 * <p>bench, eval and the store map their summaries into a {@code ReportModel}; nothing here measures
 * anything. Renderers are found by format name through {@link dev.versus.report.ReportRenderers}.
 * Every figure carries where it came from: a simulated or a real endpoint, server-reported or
 * client-counted tokens, and its sample size.
 */
package dev.versus.report;
