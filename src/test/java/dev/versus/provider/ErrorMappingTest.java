package dev.versus.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.ErrorClass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T14:00:00Z"), ZoneOffset.UTC);

  private static ResponseHeaders headers(String name, String value) {
    return ResponseHeaders.of(name, value);
  }

  @Test
  void classify_statusAndMessages_mapToClasses() {
    assertThat(ErrorMapping.classify(429, "", "")).isEqualTo(ErrorClass.RATE_LIMITED);
    assertThat(ErrorMapping.classify(400, "RESOURCE_EXHAUSTED", "")).isEqualTo(ErrorClass.RATE_LIMITED);
    assertThat(ErrorMapping.classify(400, "context_length_exceeded", "x"))
        .isEqualTo(ErrorClass.CONTEXT_LENGTH);
    assertThat(ErrorMapping.classify(400, "400",
        "This model's maximum context length is 32768 tokens. However, you requested 40000"))
        .isEqualTo(ErrorClass.CONTEXT_LENGTH);
    assertThat(ErrorMapping.classify(413, "", "input exceeds the maximum number of tokens"))
        .isEqualTo(ErrorClass.CONTEXT_LENGTH);
    assertThat(ErrorMapping.classify(500, "", "KV cache overflow")).isEqualTo(ErrorClass.CONTEXT_LENGTH);
    assertThat(ErrorMapping.classify(500, "", "CUDA error: an illegal memory access"))
        .isEqualTo(ErrorClass.BACKEND_CRASH);
    assertThat(ErrorMapping.classify(500, "500", "EngineDeadError: engine is dead"))
        .isEqualTo(ErrorClass.BACKEND_CRASH);
    assertThat(ErrorMapping.classify(400, "", "CUDA error")).isEqualTo(ErrorClass.HTTP_4XX);
    assertThat(ErrorMapping.classify(404, "", "no such model")).isEqualTo(ErrorClass.HTTP_4XX);
    assertThat(ErrorMapping.classify(503, "UNAVAILABLE", "overloaded")).isEqualTo(ErrorClass.HTTP_5XX);
  }

  @Test
  void retryAfter_deltaSeconds_parsed() {
    assertThat(ErrorMapping.retryAfter(headers("Retry-After", "13"), CLOCK))
        .isEqualTo(Duration.ofSeconds(13));
  }

  @Test
  void retryAfter_httpDate_relativeToClock() {
    assertThat(ErrorMapping.retryAfter(
        headers("retry-after", "Thu, 26 Nov 2026 14:00:30 GMT"), CLOCK))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(ErrorMapping.retryAfter(
        headers("retry-after", "Thu, 26 Nov 2026 13:00:00 GMT"), CLOCK))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void retryAfter_millisHeaderOrGarbage_handled() {
    assertThat(ErrorMapping.retryAfter(headers("retry-after-ms", "1500"), CLOCK))
        .isEqualTo(Duration.ofMillis(1500));
    assertThat(ErrorMapping.retryAfter(headers("retry-after", "soon"), CLOCK))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void parseProtoDuration_secondsWithFraction_parsed() {
    assertThat(ErrorMapping.parseProtoDuration("13s")).isEqualTo(Duration.ofSeconds(13));
    assertThat(ErrorMapping.parseProtoDuration("0.250s")).isEqualTo(Duration.ofMillis(250));
    assertThat(ErrorMapping.parseProtoDuration("13")).isEqualTo(Duration.ZERO);
  }
}
