package dev.versus.gateway;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.guard.Guard;
import dev.versus.guard.GuardVerdict;
import dev.versus.guard.LayerScore;
import java.util.List;

/** The guard package behind the gateway's {@link Screener} seam. */
final class GuardScreener implements Screener {
  private final Guard guard;

  GuardScreener(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Screening screenInput(String text) {
    return map(text, guard.screenInput(text));
  }

  @Override
  public Screening screenOutput(String text) {
    return map(text, guard.screenOutput(text));
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
