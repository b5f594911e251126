package dev.versus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  @Test
  void duration_unitsAndBareSeconds_parse() {
    assertThat(Quantities.duration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Quantities.duration("60s")).isEqualTo(Duration.ofSeconds(60));
    assertThat(Quantities.duration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(Quantities.duration("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Quantities.duration("10")).isEqualTo(Duration.ofSeconds(10));
    assertThat(Quantities.duration(" 50 us ")).isEqualTo(Duration.ofNanos(50_000));
  }

  @Test
  void duration_garbage_namesTheValueAndTheExpectedForm() {
    assertThatThrownBy(() -> Quantities.duration("-5s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-5s' is not a duration")
        .hasMessageContaining("60s");
    assertThatThrownBy(() -> Quantities.duration("fast")).hasMessageContaining("'fast'");
  }

  @Test
  void bytes_decimalAndBinaryUnits_parse() {
    assertThat(Quantities.bytes("512")).isEqualTo(512);
    assertThat(Quantities.bytes("64KiB")).isEqualTo(65_536);
    assertThat(Quantities.bytes("4MiB")).isEqualTo(4L << 20);
    assertThat(Quantities.bytes("1GB")).isEqualTo(1_000_000_000L);
    assertThatThrownBy(() -> Quantities.bytes("big")).hasMessageContaining("not a size");
  }
}
