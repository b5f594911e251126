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
 * The gateway's prompt screening ({@link Guard#screenInput}) with the layers the gateway runs by
 * default (deny rules, the injection heuristic, invisible text; no embeddings), on a benign prompt
 * of each size: the harness's {@code "Say hi."}, a 70-character question, a ~1 KB request and a
 * ~8 KB pasted document.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuardScreenBenchmark {
  static final String GATEWAY_GUARD =
      """
      input:  { deny: ["(?i)ignora (todas )?las instrucciones", "(?i)ignore (all )?previous instructions"],
                injection-threshold: 0.8, action: block, layers: [rules, heuristic, invisible] }
      output: { redact: [api-keys, emails] }
      """;
  static final String QUESTION =
      "What is the capital of Australia, and why was it chosen over Sydney?";
  static final String PARAGRAPH =
      "Our quarterly report shows revenue grew 12% year over year, driven by the new subscription"
          + " tier and lower churn in Europe. Costs rose 4%, mostly cloud spend, which the platform"
          + " team expects to cut once the storage migration finishes in March. ";

  @Param({"say-hi", "question", "1kb", "8kb"})
  public String prompt;

  private Guard guard;
  private String text;

  @Setup
  public void setUp() {
    guard = Guard.create(GuardConfig.fromYaml(GATEWAY_GUARD, "bench"));
    text = switch (prompt) {
      case "say-hi" -> "Say hi.";
      case "question" -> QUESTION;
      case "1kb" -> "Please summarise this for the board in three bullet points:\n"
          + PARAGRAPH.repeat(1024 / PARAGRAPH.length() + 1);
      case "8kb" -> "Summarise:\n" + PARAGRAPH.repeat(8192 / PARAGRAPH.length() + 1);
      default -> throw new IllegalArgumentException(prompt);
    };
    if (!(guard.screenInput(text).verdict() instanceof dev.versus.guard.GuardVerdict.Allow)) {
      throw new IllegalStateException("benign prompt not allowed: " + prompt);
    }
  }

  @Benchmark
  public Screening screenInput() {
    return guard.screenInput(text);
  }
}
