/**
 * {@code versus serve} (DESIGN §9): a small web app over the store. It lists runs, shows a run's
 * report (the same self-contained HTML and charts as {@code versus report}), compares two runs in
 * one report, lists a run's claims with their verdicts, and offers every export format for
 * download.
 *
 * <p>{@link dev.versus.serve.Dashboard} is the entry point. Reports come from a {@link
 * dev.versus.serve.RunReportSource}, so this package never maps stored summaries itself; a run
 * that has no report (still running, no summary, a kind with no report) gets a page with what the
 * store knows about it, labelled as such.
 *
 * <p>Choices made here:
 *
 * <ul>
 *   <li>Only {@code GET} (and {@code HEAD}) are served; the dashboard never writes to the store.
 *   <li>Every page is self-contained: inline CSS and scripts, and a Content-Security-Policy that
 *       forbids requests to any other origin, so nothing leaves the machine.
 *   <li>A malformed run id is a 400, an unknown one a 404; a failure while rendering one page is a
 *       500 page for that request only.
 *   <li>Helidon SE serves HTTP; only {@code HelidonAdapter} knows it.
 * </ul>
 */
package dev.versus.serve;
