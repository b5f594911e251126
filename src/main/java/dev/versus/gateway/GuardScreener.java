package dev.versus.gateway;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.versus.guard.Canary;
import dev.versus.guard.Guard;
import dev.versus.guard.GuardVerdict;
import dev.versus.guard.Layer;
import dev.versus.guard.LayerScore;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/** The guard package behind the gateway's {@link Screener} seam. */
final class GuardScreener implements Screener {
  /** The JSON of a clean allow, by the layers that ran (a handful of sets per process). */
  private static final Map<List<Layer>, String> CLEAN_ALLOWS = new ConcurrentHashMap<>();

  private final Guard guard;
  private final RandomGenerator canaries;
  private final boolean canaryOn;

  /** Canaries drawn from a {@link SecureRandom}: a token a caller could predict proves nothing. */
  GuardScreener(Guard guard) {
    this(guard, new BufferedSecureRandom(new SecureRandom()));
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
    String json = json(screening);
    return switch (screening.verdict()) {
      case GuardVerdict.Allow allow -> new Screening(Screening.Action.ALLOW, text, "", List.of(), json);
      case GuardVerdict.Flag flag ->
          new Screening(Screening.Action.FLAG, text, "", flag.reasons(), json);
      case GuardVerdict.Block block -> new Screening(
          Screening.Action.BLOCK, text, block.rule(), List.of(block.reason()), json);
      case GuardVerdict.Redact redact ->
          new Screening(Screening.Action.REDACT, redact.newText(), "", redact.what(), json);
    };
  }

  /**
   * The log's guard JSON. A clean allow (every layer 0 with no reason, the common case) depends
   * only on which layers ran, so its JSON is written once per set of layers.
   */
  private static String json(dev.versus.guard.Screening screening) {
    if (!(screening.verdict() instanceof GuardVerdict.Allow)) {
      return JsonWriter.text(g -> detail(g, screening));
    }
    List<Layer> layers = new ArrayList<>(screening.scores().size());
    for (LayerScore score : screening.scores()) {
      if (Double.doubleToRawLongBits(score.score()) != 0 || !score.reason().isEmpty()) {
        return JsonWriter.text(g -> detail(g, screening));
      }
      layers.add(score.layer());
    }
    return CLEAN_ALLOWS.computeIfAbsent(layers, k -> JsonWriter.text(g -> detail(g, screening)));
  }

  /** The verdict and every layer's score, as the log's guard JSON. */
  private static void detail(JsonGenerator g, dev.versus.guard.Screening screening)
      throws IOException {
    g.writeStartObject();
    switch (screening.verdict()) {
      case GuardVerdict.Allow allow -> g.writeStringField("verdict", "allow");
      case GuardVerdict.Flag flag -> {
        g.writeStringField("verdict", "flag");
        g.writeNumberField("score", flag.score());
        strings(g, "reasons", flag.reasons());
      }
      case GuardVerdict.Block block -> {
        g.writeStringField("verdict", "block");
        g.writeStringField("rule", block.rule());
        g.writeStringField("reason", block.reason());
        g.writeNumberField("score", block.score());
      }
      case GuardVerdict.Redact redact -> {
        g.writeStringField("verdict", "redact");
        strings(g, "what", redact.what());
      }
    }
    g.writeArrayFieldStart("layers");
    for (LayerScore score : screening.scores()) {
      g.writeStartObject();
      g.writeStringField("layer", score.layer().name().toLowerCase(java.util.Locale.ROOT));
      g.writeNumberField("score", score.score());
      g.writeStringField("reason", score.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
