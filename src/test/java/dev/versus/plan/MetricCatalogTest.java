package dev.versus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MetricCatalogTest {

  @Test
  void standard_everyMetricDocumentedInClaimsGuide() throws Exception {
    String guide = Files.readString(Path.of("docs/claims.md"));

    assertThat(MetricCatalog.standard().all().keySet())
        .hasSize(27)
        .allSatisfy(name -> assertThat(guide).contains("| `" + name + "` |"));
  }

  @Test
  void standard_latenciesNeedAStatisticAndScoresASuite() {
    MetricCatalog catalog = MetricCatalog.standard();

    assertThat(catalog.find("ttft").orElseThrow().stats()).contains(Stat.P50, Stat.P999);
    assertThat(catalog.find("score").orElseThrow().argument()).isEqualTo(MetricDef.Argument.REQUIRED);
    assertThat(catalog.find("nope")).isEmpty();
  }
}
