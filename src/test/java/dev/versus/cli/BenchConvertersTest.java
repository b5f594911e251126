package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.load.LengthDistribution;
import dev.versus.metrics.Metric;
import dev.versus.metrics.Slo;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class BenchConvertersTest {
  private final LengthConverter lengths = new LengthConverter();
  private final SloConverter slos = new SloConverter();
  private final DurationConverter durations = new DurationConverter();

  @Test
  void length_threeForms_parse() {
    assertThat(lengths.convert("512")).isEqualTo(new LengthDistribution.Fixed(512));
    assertThat(lengths.convert("normal:512,128")).isEqualTo(new LengthDistribution.Normal(512, 128));
    assertThat(lengths.convert("Uniform:100, 900")).isEqualTo(new LengthDistribution.Uniform(100, 900));
  }

  @Test
  void length_badForms_nameTheExpectedForms() {
    for (String bad : new String[] {"lots", "normal:5", "uniform:1.5,3", "normal:a,b", ""}) {
      assertThatThrownBy(() -> lengths.convert(bad)).as(bad)
          .isInstanceOf(TypeConversionException.class)
          .hasMessageContaining("normal:MEAN,STDDEV");
    }
    assertThatThrownBy(() -> lengths.convert("uniform:9,3"))
        .isInstanceOf(TypeConversionException.class).hasMessageContaining("min");
    assertThatThrownBy(() -> lengths.convert("0"))
        .isInstanceOf(TypeConversionException.class).hasMessageContaining("1 or more");
  }

  @Test
  void slo_list_parsesEveryMetric() {
    Slo slo = slos.convert("ttft=1s,tpot=50ms,itl=100ms,e2e=10s,schedule_latency=12s");

    assertThat(slo.limit(Metric.TTFT)).hasValue(Duration.ofSeconds(1));
    assertThat(slo.limit(Metric.TPOT)).hasValue(Duration.ofMillis(50));
    assertThat(slo.limit(Metric.ITL)).hasValue(Duration.ofMillis(100));
    assertThat(slo.limit(Metric.E2E)).hasValue(Duration.ofSeconds(10));
    assertThat(slo.limit(Metric.SCHEDULE_LATENCY)).hasValue(Duration.ofSeconds(12));
  }

  @Test
  void slo_badEntries_sayWhatWasExpected() {
    assertThatThrownBy(() -> slos.convert("latency=1s")).hasMessageContaining("ttft");
    assertThatThrownBy(() -> slos.convert("ttft")).hasMessageContaining("METRIC=DURATION");
    assertThatThrownBy(() -> slos.convert("ttft=soon")).hasMessageContaining("250ms");
    assertThatThrownBy(() -> slos.convert("ttft=0s")).hasMessageContaining("positive");
  }

  @Test
  void duration_formsAndErrors() {
    assertThat(durations.convert("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(durations.convert("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> durations.convert("5x"))
        .isInstanceOf(TypeConversionException.class).hasMessageContaining("60s");
  }
}
