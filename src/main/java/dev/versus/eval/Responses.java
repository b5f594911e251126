package dev.versus.eval;

import java.util.Optional;

/** Shared handling of empty model output for every scorer. */
final class Responses {
  private Responses() {}

  /** A failing score when the response is empty or only whitespace. */
  static Optional<Score> emptyFailure(String response) {
    if (response.isBlank()) {
      return Optional.of(Score.fail("", "empty response"));
    }
    return Optional.empty();
  }

  static ExtractionMode mode(EvalCase c, ExtractionMode fallback) {
    return c.options().string("extract").map(ExtractionMode::parse).orElse(fallback);
  }

  static void requireExpected(EvalCase c) {
    if (c.expected().isEmpty()) {
      throw new EvalException(
          "case " + c.id() + ": field 'expected': scorer '" + c.scorer()
              + "' needs an expected answer");
    }
  }

  static String requireOption(EvalCase c, String key, String what) {
    return c.options()
        .string(key)
        .filter(s -> !s.isEmpty())
        .orElseThrow(
            () ->
                new EvalException(
                    "case " + c.id() + ": scorer '" + c.scorer() + "' needs option '" + key
                        + "' (" + what + ")"));
  }
}
