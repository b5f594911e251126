/**
 * Maps stored runs (bench, eval, plan) into one {@link dev.versus.report.ReportModel}: the bridge
 * between the store's summary JSON documents and the report renderers. {@link RunReports} is the
 * entry point; the per-kind readers are package-private.
 */
package dev.versus.runreport;
