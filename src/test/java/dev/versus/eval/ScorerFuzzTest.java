package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded random responses built from tricky fragments: no scorer may throw on model output. */
class ScorerFuzzTest {
  private static final String[] FRAGMENTS = {
    "1,234.5", "1.234,5", "80 000", "80\u202F000", "\u22123", "-", "$", "€", "%", "3/4", "/0",
    "####", "Answer:", "Respuesta:", "\\boxed{", "}", "{", "[", "]", "[[1,2],[3", "\"", "\\",
    "```json", "```", "twenty", "y", "mil", "hundred", "a", "\n", " ", "&", "\\\\", "\u0000",
    "\uFFFD", "😀", "e", "1e309", "99999999999999999999999999", ".", ",", "null", "true", ":"
  };

  @Test
  void everyScorer_randomGarbage_returnsValidScore() {
    Scorers scorers = Scorers.standard().withEmbedder(t -> new float[] {1, t.length() % 7});
    List<EvalCase> cases = List.of(
        Cases.of("exact", "42"), Cases.of("normalized", "42"), Cases.of("contains", "42"),
        Cases.of("regex", "\\d+"), Cases.of("number", "42"), Cases.of("matrix", "[[1,2],[3,4]]"),
        Cases.of("matrix", "-2"), Cases.of("token-f1", "forty two"), Cases.of("squad-em", "x"),
        Cases.of("label", List.of("pos"), Map.of("labels", List.of("pos", "neg")), "es"),
        Cases.of("json", "x"), Cases.of("is-json", "x"),
        Cases.of("json-schema", List.of(), Map.of("schema", Map.of("type", "object",
            "required", List.of("a"))), "en"),
        Cases.of("canary", List.of(), Map.of("canary", "ZEBRA-7731"), "en"),
        Cases.of("injection", List.of(), Map.of("marker", "PWNED"), "en"),
        Cases.of("similar", "42"));
    SplittableRandom random = new SplittableRandom(20261126L);
    for (int round = 0; round < 150; round++) {
      StringBuilder sb = new StringBuilder();
      int parts = random.nextInt(12);
      for (int i = 0; i < parts; i++) {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        if (random.nextBoolean()) {
          sb.append(random.nextInt(1000));
        }
      }
      String response = sb.toString();
      for (EvalCase c : cases) {
        Score s = scorers.score(response, c);
        assertThat(s.value()).as(c.scorer() + " on " + response).isBetween(0.0, 1.0);
        assertThat(s.reason()).isNotBlank();
      }
    }
  }
}
