package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.ErrorClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportRenderersTest {

  @Test
  void formats_listsEveryFormatOfTheDesign() {
    assertThat(ReportRenderers.formats()).containsExactly("html", "md", "json", "csv", "junit");
  }

  @Test
  void find_eachFormat_rendererReportsThatFormat() {
    for (String format : ReportRenderers.formats()) {
      assertThat(ReportRenderers.find(format.toUpperCase(java.util.Locale.ROOT)))
          .hasValueSatisfying(r -> assertThat(r.format()).isEqualTo(format));
    }
  }

  @Test
  void require_unknownFormat_listsKnownFormats() {
    assertThatThrownBy(() -> ReportRenderers.require("pdf"))
        .hasMessageContaining("'pdf'")
        .hasMessageContaining("[html, md, json, csv, junit]");
  }

  @Test
  void render_everyFormatAndLanguage_producesText() {
    ReportModel model = SampleReports.flashVersusMaverick();
    for (String format : ReportRenderers.formats()) {
      for (ReportLanguage language : ReportLanguage.values()) {
        assertThat(ReportRenderers.require(format).render(model, language))
            .as(format + " " + language).isNotBlank();
      }
    }
  }

  @Test
  void render_emptyModel_everyFormatRenders() {
    ReportModel m = SampleReports.flashVersusMaverick();
    ReportModel empty = new ReportModel("Nothing yet", m.generatedAt(), List.of(), "en",
        m.models(), Performance.none(), Quality.none(), List.of(), List.of(), List.of());

    for (String format : ReportRenderers.formats()) {
      assertThat(ReportRenderers.require(format).render(empty, ReportLanguage.EN))
          .as(format).contains(format.equals("csv") ? "row_type" : "Nothing yet");
    }
  }

  @Test
  void render_levelWhereEveryRequestFailed_showsDashesNotZeros() {
    ReportModel m = SampleReports.flashVersusMaverick();
    List<LevelResult> levels = new ArrayList<>(m.performance().levels());
    Map<LatencyMetric, Distribution> none = new EnumMap<>(LatencyMetric.class);
    for (LatencyMetric metric : LatencyMetric.values()) {
      none.put(metric, Distribution.EMPTY);
    }
    levels.add(new LevelResult("maverick", LoadLevel.concurrency(256), 300,
        Map.of(ErrorClass.BACKEND_CRASH, 300L), none, 0, 0, 0, 0, TokenSource.SERVER_REPORTED,
        Map.of(), List.of()));
    ReportModel crashed = new ReportModel(m.title(), m.generatedAt(), m.runIds(),
        m.workloadLanguage(), m.models(), new Performance(m.performance().slo(), 60, 10, levels,
            m.performance().knees()), m.quality(), m.costs(), m.claims(), m.thresholds());

    String md = ReportRenderers.require("md").render(crashed, ReportLanguage.EN);
    String html = ReportRenderers.require("html").render(crashed, ReportLanguage.EN);
    String csv = ReportRenderers.require("csv").render(crashed, ReportLanguage.EN);

    assertThat(md).contains("| Llama 4 Maverick | c=256 | 300 | 100.0% | – | – |");
    assertThat(html).contains("backend_crash 300");
    assertThat(csv).contains("performance,maverick,real,concurrency,256,300,300,100.000,,,,,,,,,");
  }

  @Test
  void fromTag_unknownLanguage_namesAcceptedValues() {
    assertThat(ReportLanguage.fromTag(" ES ")).isEqualTo(ReportLanguage.ES);
    assertThatThrownBy(() -> ReportLanguage.fromTag("fr")).hasMessageContaining("en or es");
  }
}
