package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

  private static RoutingContext context(String prompt, int tokens, String sticky) {
    return new RoutingContext(
        prompt,
        tokens,
        dev.versus.core.Languages.detect(prompt),
        TaskClassifier.task(prompt),
        TaskClassifier.complexity(prompt, tokens),
        sticky,
        Map.of());
  }

  private static RouteConfig split(String sticky) {
    return new RouteConfig(
        "ab", PolicyKind.SPLIT, List.of(), List.of(), Map.of("flash", 90, "maverick", 10), sticky, List.of());
  }

  @Test
  void split_randomArms_followTheWeightsWithinThreePercent() {
    RoutingPolicy policy = RoutingPolicy.of(split(""), 42);
    int flash = 0;
    for (int i = 0; i < 2000; i++) {
      if (policy.choose(context("hi", 1, "")).primary().equals("flash")) {
        flash++;
      }
    }
    assertThat(flash / 2000.0).isCloseTo(0.90, within(0.03));
  }

  @Test
  void split_stickyKeys_alwaysGetTheSameArmAndStillFollowTheWeights() {
    RoutingPolicy policy = RoutingPolicy.of(split("x-user-id"), 1);
    RoutingPolicy other = RoutingPolicy.of(split("x-user-id"), 999); // another replica, other seed
    Map<String, String> arms = new HashMap<>();
    int flash = 0;
    for (int user = 0; user < 2000; user++) {
      String key = "user-" + user;
      String arm = policy.choose(context("hi", 1, key)).primary();
      arms.put(key, arm);
      flash += arm.equals("flash") ? 1 : 0;
    }
    for (int round = 0; round < 3; round++) {
      for (Map.Entry<String, String> e : arms.entrySet()) {
        assertThat(policy.choose(context("other prompt", 5, e.getKey())).primary()).isEqualTo(e.getValue());
        assertThat(other.choose(context("hi", 1, e.getKey())).primary()).isEqualTo(e.getValue());
      }
    }
    assertThat(flash / 2000.0).isCloseTo(0.90, within(0.03));
  }

  @Test
  void hybrid_firstMatchingRuleWins_withFallbacksAfterIt() {
    RouteConfig route =
        new RouteConfig(
            "auto",
            PolicyKind.HYBRID,
            List.of(
                new HybridRule(new RuleCondition(8000, Optional.empty(), "", "", -1), "maverick"),
                new HybridRule(
                    new RuleCondition(-1, Optional.of(Pattern.compile("(?i)matriz|matrix")), "", "", -1),
                    "maverick"),
                new HybridRule(RuleCondition.always(), "flash")),
            List.of("maverick", "flash"),
            Map.of(),
            "",
            List.of());
    RoutingPolicy policy = RoutingPolicy.of(route, 0);
    RoutingDecision longPrompt = policy.choose(context("x", 9000, ""));
    assertThat(longPrompt.candidates()).containsExactly("maverick", "flash");
    assertThat(longPrompt.reason()).contains("rule 1").contains("prompt-tokens-over 8000");
    assertThat(policy.choose(context("Calcula el determinante de esta matriz", 20, "")).reason())
        .contains("rule 2");
    RoutingDecision chat = policy.choose(context("Hola, ¿qué tal?", 10, ""));
    assertThat(chat.candidates()).containsExactly("flash", "maverick");
    assertThat(chat.reason()).contains("rule 3").contains("default");
  }

  @Test
  void leastBusy_prefersLowUtilisationAndSkipsOpenBreakers() {
    RouteConfig route =
        new RouteConfig("lb", PolicyKind.LEAST_BUSY, List.of(), List.of(), Map.of(), "", List.of("a", "b", "c"));
    RoutingPolicy policy = RoutingPolicy.of(route, 0);
    RoutingContext ctx =
        new RoutingContext(
            "hi", 1, "en", "chat", 0, "",
            Map.of(
                "a", new RoutingContext.BackendLoad(60, 64, -1, true),
                "b", new RoutingContext.BackendLoad(1, 64, -1, false),
                "c", new RoutingContext.BackendLoad(10, 64, -1, true)));
    assertThat(policy.choose(ctx).candidates()).containsExactly("c", "a", "b");
  }

  @Test
  void lowestLatency_unmeasuredFirstThenFastest() {
    RouteConfig route =
        new RouteConfig("ll", PolicyKind.LOWEST_LATENCY, List.of(), List.of(), Map.of(), "", List.of("a", "b", "c"));
    RoutingPolicy policy = RoutingPolicy.of(route, 0);
    RoutingContext measured =
        new RoutingContext(
            "hi", 1, "en", "chat", 0, "",
            Map.of(
                "a", new RoutingContext.BackendLoad(0, 0, 120, true),
                "b", new RoutingContext.BackendLoad(0, 0, 80, true),
                "c", new RoutingContext.BackendLoad(0, 0, -1, true)));
    assertThat(policy.choose(measured).candidates()).containsExactly("c", "b", "a");
  }

  @Test
  void taskClassifier_recognisesMathAndLanguage() {
    assertThat(TaskClassifier.task("Calcula el determinante de la matriz")).isEqualTo("math");
    assertThat(TaskClassifier.task("Translate this into French")).isEqualTo("translation");
    assertThat(TaskClassifier.task("Hola")).isEqualTo("chat");
    assertThat(dev.versus.core.Languages.detect("¿Cuántos años tiene el perro de la casa?")).isEqualTo("es");
    assertThat(dev.versus.core.Languages.detect("How many years does the dog have?")).isEqualTo("en");
    assertThat(TaskClassifier.complexity("Explain step by step why 2+2=4? And why 3*3=9?", 30))
        .isGreaterThan(TaskClassifier.complexity("hi", 1));
  }
}
