/**
 * Quality and safety evaluation: cases and suites, answer extraction, scorers, statistics and
 * loaders for public dataset formats.
 *
 * <p>Public entry points: {@link dev.versus.eval.EvalCase}, {@link dev.versus.eval.Suite}, {@link
 * dev.versus.eval.SuiteReader} (JSONL and YAML suite files), {@link dev.versus.eval.BuiltinSuites},
 * {@link dev.versus.eval.Scorers} (scorer registry), {@link dev.versus.eval.AnswerExtraction},
 * {@link dev.versus.eval.Stats} and {@link dev.versus.eval.DatasetLoaders}. Scorers never throw on
 * model output: an empty or garbage response is a {@link dev.versus.eval.Score} of 0 with a reason.
 * Bad input files raise {@link dev.versus.eval.EvalException} naming the file, line and field.
 */
package dev.versus.eval;
