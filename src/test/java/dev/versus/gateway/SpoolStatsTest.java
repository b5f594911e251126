package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpoolStatsTest {

  @Test
  void prometheusText_storeDownAndRowsDropped_exportsEverySample() {
    SpoolStats stats = new SpoolStats(12, 900, 1000, 3, 1, 40, 25, 7, false, "refused");

    String text = stats.prometheusText();

    assertThat(text).contains("versus_gateway_log_spool_pending_rows 12\n")
        .contains("versus_gateway_log_spool_bytes 900\n")
        .contains("versus_gateway_log_spool_max_bytes 1000\n")
        .contains("versus_gateway_log_store_up 0\n")
        .contains("versus_gateway_log_spool_dropped_rows_total 3\n")
        .contains("versus_gateway_log_shipped_from_memory_rows_total 25\n")
        .contains("# TYPE versus_gateway_log_store_failures_total counter\n");
    assertThat(stats.fillRatio()).isEqualTo(0.9);
  }
}
