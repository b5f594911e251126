/**
 * Plan files and the claims language (DESIGN §1).
 *
 * <p>{@link dev.versus.plan.PlanReader} reads a kebab-case YAML plan into a {@link
 * dev.versus.plan.Plan} and validates all of it before anything runs: unknown keys, values, files,
 * secrets (only {@code ${VAR}}), prices where a cost is asked for, and every claim against the plan
 * (models, metrics, load levels, suites). Errors are {@link dev.versus.core.ConfigException}s naming
 * file, line, field and, for claims, the column in the expression.
 *
 * <p>A claim is an expression over measured figures, {@code MODEL.METRIC[ARG].STAT@LEVEL}, numbers
 * with units ({@code 50ms}, {@code 4GiB}, {@code 40%}), {@code + - * /}, comparisons and {@code
 * and/or/not}. {@link dev.versus.plan.ClaimExpression} parses it (hand-written lexer and
 * recursive-descent parser over a sealed {@link dev.versus.plan.Expr}) and checks its units; {@link
 * dev.versus.plan.MetricCatalog} lists the metrics, and a {@link dev.versus.plan.Figures}
 * implementation supplies their values. {@link dev.versus.plan.ClaimEvaluator} judges a claim by
 * interval arithmetic: verified or refuted only when the outcome is the same at every end of the
 * intervals, inconclusive otherwise or when a figure is missing (three-valued {@code and/or/not}).
 *
 * <p>Choices: figures are given in base units (seconds, bytes, USD) and shown in ms and GB; a plain
 * number next to a time or a size is an error (write {@code 500ms}), elsewhere it takes the other
 * side's unit; a per-level figure without {@code @} means the plan's first load level; equality
 * allows a relative 1e-9. Results map onto {@link dev.versus.report.Claim} via {@link
 * dev.versus.plan.ClaimResult#toReportClaim()}.
 */
package dev.versus.plan;
