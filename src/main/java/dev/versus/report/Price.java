package dev.versus.report;

/** A model's list price, or the fact that none was given. */
public sealed interface Price {

  /** Price in US dollars per million input and output tokens (reasoning tokens bill as output). */
  record PerMillionTokens(double inputUsd, double outputUsd) implements Price {
    public PerMillionTokens {
      Checks.nonNegative(inputUsd, "price.inputUsd");
      Checks.nonNegative(outputUsd, "price.outputUsd");
    }
  }

  /** No price was configured (e.g. a self-hosted model priced by GPU hour instead). */
  record Unpriced() implements Price {}

  /** The shared "no price" value. */
  static Price unpriced() {
    return new Unpriced();
  }
}
