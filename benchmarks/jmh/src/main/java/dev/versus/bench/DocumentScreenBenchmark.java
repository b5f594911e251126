package dev.versus.bench;

import dev.versus.guard.Guard;
import dev.versus.guard.GuardConfig;
import dev.versus.guard.Screening;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Document screening ({@link Guard#screenDocument}, what the gateway does to a {@code tool}
 * message) with the cheap layers (rules, heuristic, invisible), without and with the document
 * classifier, on a benign e-mail of ~2 KB and ~24 KB: what the classifier adds. The embedding
 * layers (similarity, directive) are left out: they cost milliseconds and are measured in
 * docs/guard-figures.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocumentScreenBenchmark {
  static final String MAIL =
      "Hi Marta, thanks for the notes from Tuesday. The supplier confirmed the new delivery window"
          + " (Monday to Thursday, 8:00-14:00) and the invoice for October is attached; please check"
          + " the VAT line, it looks higher than last month. Carlos will join the call next week to"
          + " walk us through the warehouse move. Best, Ana.\n";

  @Param({"2kb", "24kb"})
  public String size;

  @Param({"rules,heuristic,invisible", "rules,heuristic,invisible,classifier"})
  public String layers;

  private Guard guard;
  private String text;

  @Setup
  public void setUp() {
    guard = Guard.create(GuardConfig.fromYaml("input: { layers: [" + layers + "] }", "bench"));
    int bytes = size.equals("2kb") ? 2048 : 24 * 1024;
    text = MAIL.repeat(bytes / MAIL.length() + 1);
    if (!(guard.screenDocument(text).verdict() instanceof dev.versus.guard.GuardVerdict.Allow)) {
      throw new IllegalStateException("benign document not allowed: " + size + " " + layers);
    }
  }

  @Benchmark
  public Screening screenDocument() {
    return guard.screenDocument(text);
  }
}
