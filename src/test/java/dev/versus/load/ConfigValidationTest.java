package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {
  @Test
  void limits_noCountAndNoDuration_rejected() {
    assertThatThrownBy(
            () -> new Limits(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("a request count or a duration");
  }

  @Test
  void limits_negativeDurations_rejectedNamingTheField() {
    assertThatThrownBy(() -> Limits.timed(Duration.ofSeconds(-1), Duration.ZERO))
        .hasMessageContaining("duration must not be negative");
    assertThatThrownBy(() -> Limits.timed(Duration.ofSeconds(1), Duration.ofSeconds(-2)))
        .hasMessageContaining("warmup must not be negative");
    assertThatThrownBy(() -> Limits.requests(-5)).hasMessageContaining("maxRequests");
  }

  @Test
  void loadModels_invalidLevels_rejected() {
    assertThatThrownBy(() -> new LoadModel.Closed(0)).hasMessageContaining("concurrency");
    assertThatThrownBy(() -> new LoadModel.Open(new ArrivalProcess.Poisson(1), -1))
        .hasMessageContaining("maxConcurrency");
    assertThatThrownBy(() -> new Shard(2, 2)).hasMessageContaining("0 <= i < N, got 2/2");
    assertThatThrownBy(() -> new SearchAxis.Rate(5, 1, 0.05, 1))
        .hasMessageContaining("0 < min <= max");
    assertThatThrownBy(() -> new SaturationCriteria(120, 0, 5))
        .hasMessageContaining("minGoodputPercent");
  }

  @Test
  void labels_describeTheLevel() {
    assertThat(new LoadModel.Closed(8).label()).isEqualTo("c=8");
    assertThat(new LoadModel.Open(new ArrivalProcess.Poisson(5)).label()).isEqualTo("poisson:5/s");
    assertThat(new LoadModel.Open(new ArrivalProcess.Gamma(2.5, 0.5), 64).label())
        .isEqualTo("gamma:2.5/s,k=0.5,max=64");
  }

  @Test
  void shard_shareOf_splitsRemainderToFirstShards() {
    assertThat(new Shard(0, 3).shareOf(10)).isEqualTo(4);
    assertThat(new Shard(1, 3).shareOf(10)).isEqualTo(3);
    assertThat(new Shard(2, 3).shareOf(10)).isEqualTo(3);
  }
}
