package dev.versus.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.guard.Canary;
import dev.versus.guard.Guard;
import dev.versus.guard.GuardVerdict;
import dev.versus.guard.Layer;
import dev.versus.guard.LayerScore;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The guard package behind the gateway's {@link Screener} seam. */
final class GuardScreener implements Screener {
  private final Guard guard;
  private final RandomGenerator canaries;
  private final boolean canaryOn;

  /** Canaries drawn from a {@link SecureRandom}: a token a caller could predict proves nothing. */
  GuardScreener(Guard guard) {
    this(guard, new SecureRandom());
  }

  /** @param canaries draws canary tokens; must be thread-safe (tests pass a seeded one) */
  GuardScreener(Guard guard, RandomGenerator canaries) {
    this.guard = guard;
    this.canaries = canaries;
    this.canaryOn = guard.config().output().runs(Layer.CANARY);
  }

  @Override
  public Optional<Canary> newCanary() {
    return canaryOn ? Optional.of(Canary.generate(canaries)) : Optional.empty();
  }

  @Override
  public Screening screenInput(String text) {
    return map(text, guard.screenInput(text));
  }

  @Override
  public Screening screenDocument(String text) {
    return map(text, guard.screenDocument(text));
  }

  @Override
  public Screening screenOutput(String text, Optional<Canary> canary) {
    return map(text, canary.map(c -> guard.screenOutput(text, c))
        .orElseGet(() -> guard.screenOutput(text)));
  }

  @Override
  public boolean active() {
    return true;
  }

  private static Screening map(String text, dev.versus.guard.Screening screening) {
    ObjectNode json = OpenAiBodies.object();
    Screening mapped = switch (screening.verdict()) {
      case GuardVerdict.Allow allow -> {
        json.put("verdict", "allow");
        yield new Screening(Screening.Action.ALLOW, text, "", List.of(), "");
      }
      case GuardVerdict.Flag flag -> {
        json.put("verdict", "flag").put("score", flag.score());
        flag.reasons().forEach(json.putArray("reasons")::add);
        yield new Screening(Screening.Action.FLAG, text, "", flag.reasons(), "");
      }
      case GuardVerdict.Block block -> {
        json.put("verdict", "block").put("rule", block.rule()).put("reason", block.reason())
            .put("score", block.score());
        yield new Screening(Screening.Action.BLOCK, text, block.rule(), List.of(block.reason()), "");
      }
      case GuardVerdict.Redact redact -> {
        json.put("verdict", "redact");
        redact.what().forEach(json.putArray("what")::add);
        yield new Screening(Screening.Action.REDACT, redact.newText(), "", redact.what(), "");
      }
    };
    ArrayNode layers = json.putArray("layers");
    for (LayerScore score : screening.scores()) {
      layers.addObject().put("layer", score.layer().name().toLowerCase(java.util.Locale.ROOT))
          .put("score", score.score()).put("reason", score.reason());
    }
    return new Screening(mapped.action(), mapped.text(), mapped.rule(), mapped.reasons(),
        json.toString());
  }
}
