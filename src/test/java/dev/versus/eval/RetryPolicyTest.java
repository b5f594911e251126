package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ErrorClass;
import dev.versus.core.ProviderError;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(90));
  private final SplittableRandom random = new SplittableRandom(5);

  private static ProviderError error(ErrorClass c, int status, Duration hint) {
    return new ProviderError(c, status, "m", "", hint);
  }

  @Test
  void delayAfter_hint_isHonouredWithAtMostTenPercentJitter() {
    for (int i = 0; i < 100; i++) {
      Duration d = policy.delayAfter(1, error(ErrorClass.RATE_LIMITED, 429, Duration.ofSeconds(7)), random);
      assertThat(d).isBetween(Duration.ofSeconds(7), Duration.ofMillis(7_700));
    }
  }

  @Test
  void delayAfter_noHint_isFullJitterUnderADoublingCap() {
    ProviderError e = error(ErrorClass.HTTP_5XX, 503, Duration.ZERO);
    for (int i = 0; i < 100; i++) {
      assertThat(policy.delayAfter(1, e, random)).isLessThan(Duration.ofMillis(100));
      assertThat(policy.delayAfter(2, e, random)).isLessThan(Duration.ofMillis(200));
      assertThat(policy.delayAfter(3, e, random)).isLessThan(Duration.ofMillis(300));
    }
  }

  @Test
  void delayAfter_lastAttemptNonRetryableOrHintTooLong_meansStop() {
    assertThat(policy.delayAfter(4, error(ErrorClass.TIMEOUT, 0, Duration.ZERO), random)).isNegative();
    assertThat(policy.delayAfter(1, error(ErrorClass.HTTP_4XX, 400, Duration.ZERO), random)).isNegative();
    assertThat(policy.delayAfter(1, error(ErrorClass.CONTEXT_LENGTH, 400, Duration.ZERO), random)).isNegative();
    assertThat(policy.delayAfter(1, error(ErrorClass.RATE_LIMITED, 429, Duration.ofMinutes(5)), random))
        .isNegative();
  }

  @Test
  void create_zeroAttempts_isRejected() {
    assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0))
        .hasMessageContaining("maxAttempts");
  }
}
