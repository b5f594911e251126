package dev.versus.cli;

import dev.versus.load.Language;
import dev.versus.load.LengthDistribution;
import dev.versus.load.LoadException;
import dev.versus.load.SyntheticSpec;
import dev.versus.load.Workload;
import dev.versus.load.Workloads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The workload options: synthetic prompts of given lengths, or a prompt file. */
final class WorkloadOptions {
  @Option(names = "--input-tokens", paramLabel = "LEN", converter = LengthConverter.class,
      description = "Prompt length in tokens: N, normal:MEAN,STDDEV or uniform:MIN,MAX"
          + " (default: 512).")
  LengthDistribution inputTokens;

  @Option(names = "--output-tokens", paramLabel = "LEN", converter = LengthConverter.class,
      description = "Output length in tokens (max_tokens with ignore_eos), same forms"
          + " (default: 256).")
  LengthDistribution outputTokens;

  @Option(names = "--language", paramLabel = "es|en", converter = LanguageConverter.class,
      description = "Language of the synthetic prompts (default: en).")
  Language language;

  @Option(names = "--prompts", paramLabel = "FILE",
      description = "Prompts from a JSONL file ({\"prompt\": ...} or {\"messages\": [...]}, optional"
          + " max_tokens) or a ShareGPT JSON file, cycled; replaces the synthetic options.")
  Path prompts;

  @Option(names = "--seed", defaultValue = "0",
      description = "Seed for prompts, arrivals and the simulator (default: ${DEFAULT-VALUE}).")
  long seed;

  /** The workload; a malformed prompt file fails naming file and line. */
  Workload workload() {
    if (prompts != null) {
      if (inputTokens != null || outputTokens != null || language != null) {
        throw new BadInputException("--prompts replaces --input-tokens, --output-tokens and"
            + " --language: give either a prompt file or synthetic lengths");
      }
      if (!Files.isRegularFile(prompts)) {
        throw new BadInputException("--prompts: no such file: " + prompts);
      }
      try {
        return Workloads.fromFile(prompts);
      } catch (LoadException e) {
        throw new BadInputException("--prompts: " + e.getMessage());
      }
    }
    return Workloads.synthetic(spec());
  }

  /** A short description for the summary. */
  String describe() {
    if (prompts != null) {
      return "file " + prompts;
    }
    SyntheticSpec spec = spec();
    return String.format(Locale.ROOT, "synthetic input=%s output=%s language=%s seed=%d",
        spec.inputTokens().describe(), spec.outputTokens().describe(),
        spec.language().name().toLowerCase(Locale.ROOT), spec.seed());
  }

  private SyntheticSpec spec() {
    return new SyntheticSpec(
        inputTokens == null ? new LengthDistribution.Fixed(512) : inputTokens,
        outputTokens == null ? new LengthDistribution.Fixed(256) : outputTokens,
        language == null ? Language.EN : language,
        seed);
  }
}
