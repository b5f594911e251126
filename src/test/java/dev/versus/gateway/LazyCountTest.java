package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyCountTest {
  @Test
  void getAsInt_calledTwice_computesOnceAndOnlyWhenAsked() {
    AtomicInteger calls = new AtomicInteger();
    LazyCount count = new LazyCount(() -> {
      calls.incrementAndGet();
      return 42;
    });

    assertThat(calls).hasValue(0);
    assertThat(count.getAsInt()).isEqualTo(42);
    assertThat(count.getAsInt()).isEqualTo(42);
    assertThat(calls).hasValue(1);
  }

  @Test
  void routingContext_policyReadingNeitherTokensNorTraits_neverCountsThePrompt() {
    LazyCount tokens = new LazyCount(() -> 7);
    RoutingContext context = RoutingContext.lazy("hola, ¿qué tal?", tokens, "user-1",
        () -> "es", Map::of);

    assertThat(context.promptText()).isEqualTo("hola, ¿qué tal?");
    assertThat(context.stickyKey()).isEqualTo("user-1");
    assertThat(tokens.known()).isFalse();
    assertThat(context.promptTokens()).isEqualTo(7);
    assertThat(tokens.known()).isTrue();
  }

  @Test
  void routingContext_complexityTrait_countsThePromptOnce() {
    AtomicInteger calls = new AtomicInteger();
    LazyCount tokens = new LazyCount(() -> {
      calls.incrementAndGet();
      return 3;
    });
    RoutingContext context = RoutingContext.lazy("Say hi.", tokens, "", () -> "en", Map::of);

    double complexity = context.complexity();
    context.promptTokens();

    assertThat(complexity).isBetween(0.0, 1.0);
    assertThat(calls).hasValue(1);
  }
}
