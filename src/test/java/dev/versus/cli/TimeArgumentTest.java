package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeArgumentTest {
  private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");

  @Test
  void parse_relativeDurations_countBackFromTheInjectedNow() {
    assertThat(TimeArgument.parse("--since", "24h", NOW))
        .isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));
    assertThat(TimeArgument.parse("--since", "30m", NOW))
        .isEqualTo(Instant.parse("2026-11-26T14:30:00Z"));
    assertThat(TimeArgument.parse("--since", "90s", NOW))
        .isEqualTo(Instant.parse("2026-11-26T14:58:30Z"));
    assertThat(TimeArgument.parse("--since", "7d", NOW))
        .isEqualTo(Instant.parse("2026-11-19T15:00:00Z"));
    assertThat(TimeArgument.parse("--since", "2w", NOW))
        .isEqualTo(Instant.parse("2026-11-12T15:00:00Z"));
    assertThat(TimeArgument.parse("--until", "now", NOW)).isEqualTo(NOW);
  }

  @Test
  void parse_isoForms_areAbsolute() {
    assertThat(TimeArgument.parse("--since", "2026-11-26T10:00:00Z", NOW))
        .isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    assertThat(TimeArgument.parse("--since", "2026-11-26T11:00:00+01:00", NOW))
        .isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    assertThat(TimeArgument.parse("--since", "2026-11-26", NOW))
        .isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
  }

  @Test
  void parse_garbage_isBadInputNamingOptionAndForms() {
    assertThatThrownBy(() -> TimeArgument.parse("--until", "24 hours ago", NOW))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--until").hasMessageContaining("'24 hours ago'")
        .hasMessageContaining("2026-11-26T10:00:00Z").hasMessageContaining("24h");
    assertThatThrownBy(() -> TimeArgument.parse("--since", "-5h", NOW))
        .isInstanceOf(BadInputException.class);
  }
}
