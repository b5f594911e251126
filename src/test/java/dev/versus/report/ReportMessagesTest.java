package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportMessagesTest {
  private final Messages en = Messages.of(ReportLanguage.EN);
  private final Messages es = Messages.of(ReportLanguage.ES);

  @Test
  void bundles_haveTheSameKeys() {
    assertThat(es.keys()).isEqualTo(en.keys());
    assertThat(en.keys()).hasSizeGreaterThan(90);
  }

  @Test
  void bundles_dashboardLabels_areInBothLanguages() {
    // versus serve's own labels live in the same bundles, under dash.*.
    assertThat(en.keys().stream().filter(k -> k.startsWith("dash.")).toList())
        .hasSizeGreaterThan(60)
        .isEqualTo(es.keys().stream().filter(k -> k.startsWith("dash.")).toList());
  }

  @Test
  void bundles_noValueIsBlank() {
    for (String key : en.keys()) {
      assertThat(en.get(key)).as("en " + key).isNotBlank();
      assertThat(es.get(key)).as("es " + key).isNotBlank();
    }
  }

  @Test
  void bundles_mostLabelsAreActuallyTranslated() {
    long same = en.keys().stream().filter(k -> en.get(k).equals(es.get(k))).count();
    // A few labels are the same word in both languages (SLO: {0}, Suite, Tokens).
    assertThat(same).isLessThanOrEqualTo(5);
  }

  @Test
  void renderSpanishHtml_containsNoKeyNorEnglishLabel() {
    ReportModel model = SampleReports.flashVersusMaverick();
    String html = new HtmlRenderer().render(model, ReportLanguage.ES);
    String text = withoutData(visibleText(html), model);

    for (String key : en.keys()) {
      assertThat(html).as("key " + key).doesNotContain(">" + key + "<");
      String english = en.get(key);
      String fixed = english.replaceAll("\\{\\d}", "");
      if (!english.equals(es.get(key)) && fixed.strip().contains(" ")) {
        assertThat(text).as("English label of " + key).doesNotContain(fixed);
      }
    }
    assertThat(html).contains("<html lang=\"es\">", "Rendimiento", "refutada", "no concluyente");
  }

  @Test
  void renderSpanishText_formats_areTranslated() {
    ReportModel model = SampleReports.flashVersusMaverick();
    for (String format : List.of("md", "junit")) {
      String out = ReportRenderers.require(format).render(model, ReportLanguage.ES);
      assertThat(out).as(format).doesNotContain("verified", "inconclusive", "real endpoint");
    }
  }

  /** The HTML minus the inlined library, styles and tags: what a reader sees, plus chart labels. */
  private static String visibleText(String html) {
    String withoutCode = html.replaceAll("(?s)<script>.*?</script>", "")
        .replaceAll("(?s)<style>.*?</style>", "");
    return Html.esc(withoutCode.replaceAll("<[^>]+>", " "));
  }

  /** Removes the model's own texts (claims as users wrote them, in English here), not labels. */
  private static String withoutData(String text, ReportModel model) {
    String out = text;
    for (Claim c : model.claims()) {
      out = out.replace(Html.esc(c.text()), "").replace(Html.esc(c.reason()), "");
      for (String note : c.notes()) {
        out = out.replace(Html.esc(note), "");
      }
      for (Evidence e : c.evidence()) {
        out = out.replace(Html.esc(e.source()), "");
      }
    }
    for (ThresholdCheck t : model.thresholds()) {
      out = out.replace(Html.esc(t.description()), "");
    }
    return out.replace(Html.esc(model.performance().slo()), "");
  }
}
