package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void fromTag_unknownLanguage_namesAcceptedValues() {
    assertThat(ReportLanguage.fromTag(" ES ")).isEqualTo(ReportLanguage.ES);
    assertThatThrownBy(() -> ReportLanguage.fromTag("fr")).hasMessageContaining("en or es");
  }
}
