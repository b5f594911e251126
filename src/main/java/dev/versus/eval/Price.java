package dev.versus.eval;

import dev.versus.core.Usage;
import java.util.Locale;

/**
 * A model's token price in US dollars per million tokens, input and output (output includes
 * reasoning tokens, as providers bill them).
 */
public record Price(double inputPerMillionUsd, double outputPerMillionUsd) {
  public Price {
    if (!(inputPerMillionUsd >= 0) || !(outputPerMillionUsd >= 0)
        || Double.isInfinite(inputPerMillionUsd) || Double.isInfinite(outputPerMillionUsd)) {
      throw new IllegalArgumentException("prices must be finite and 0 or more, got "
          + inputPerMillionUsd + "/" + outputPerMillionUsd);
    }
  }

  /**
   * Parses {@code IN/OUT}, e.g. {@code 0.30/2.50}.
   *
   * @throws EvalException saying what was expected
   */
  public static Price parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length != 2) {
      throw new EvalException("price '" + text + "': expected IN/OUT in US dollars per million"
          + " tokens, e.g. 0.30/2.50");
    }
    try {
      return new Price(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new EvalException("price '" + text + "': expected two numbers IN/OUT, e.g. 0.30/2.50");
    } catch (IllegalArgumentException e) {
      throw new EvalException("price '" + text + "': " + e.getMessage());
    }
  }

  /** The cost of one call in US dollars; NaN when the call reported no usage. */
  public double costUsd(Usage usage) {
    if (!usage.present()) {
      return Double.NaN;
    }
    return (usage.promptTokens() * inputPerMillionUsd + usage.outputTokens() * outputPerMillionUsd)
        / 1_000_000.0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s/%s", inputPerMillionUsd, outputPerMillionUsd);
  }
}
