package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\b(src|href|action|poster|data)\\s*=\\s*[\"']?\\s*([^\"'\\s>]+)",
          Pattern.CASE_INSENSITIVE);

  private final ReportModel model = SampleReports.flashVersusMaverick();
  private final String html = new HtmlRenderer().render(model, ReportLanguage.EN);

  @Test
  void render_sample_loadsNothingFromTheNetwork() {
    List<String> external = new ArrayList<>();
    Matcher m = ATTRIBUTE.matcher(html);
    while (m.find()) {
      String url = m.group(2).toLowerCase(java.util.Locale.ROOT);
      if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//")) {
        external.add(m.group());
      }
    }
    assertThat(external).isEmpty();
    assertThat(html).doesNotContain("<link", "@import", "url(http");
    assertThat(html).contains("Content-Security-Policy", "default-src 'none'");
  }

  @Test
  void render_sample_inlinesTheChartLibraryWithoutItsSourceMap() {
    assertThat(html).contains("Chart.js v" + HtmlRenderer.CHART_JS_VERSION);
    assertThat(html).contains("Permission is hereby granted, free of charge"); // MIT notice kept
    assertThat(html).doesNotContain("sourceMappingURL");
    assertThat(html).containsOnlyOnce("<script type=\"application/json\" id=\"versus-charts\">");
  }

  @Test
  void render_sample_hasEveryChartOfTheDesign() {
    for (String id : List.of("cdf-ttft-concurrency", "cdf-e2e-concurrency", "ttft-concurrency",
        "itl-concurrency", "tput-concurrency", "errors-concurrency", "kv-concurrency", "quality",
        "cost")) {
      assertThat(html).as(id).contains("<canvas id=\"chart-" + id + "\"");
    }
  }

  @Test
  void render_sample_elementIdsAreUnique() {
    String markup = html.replaceAll("(?s)<script>.*?</script>", "");
    Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(markup);
    List<String> all = new ArrayList<>();
    while (ids.find()) {
      all.add(ids.group(1));
    }
    assertThat(all).hasSizeGreaterThan(10).doesNotHaveDuplicates();
  }

  @Test
  void render_sample_everyChartCaptionNamesItsSource() {
    Matcher captions = Pattern.compile("<p class=\"source\">([^<]*)</p></figure>").matcher(html);
    int count = 0;
    while (captions.find()) {
      count++;
      assertThat(captions.group(1)).startsWith("Source: ");
    }
    assertThat(count).isEqualTo(9);
    assertThat(html).contains("Gemini 2.5 Flash simulated, Llama 4 Maverick real endpoint");
    assertThat(html).contains("server-reported tokens, client-counted tokens");
  }

  @Test
  void render_sample_showsKneesVerdictsAndSimulationNotice() {
    assertThat(html).contains("highest load within the SLO: c=32");
    assertThat(html).contains("no level met the SLO, not even c=1");
    assertThat(html).contains("<span class=\"badge refuted\">refuted</span>");
    assertThat(html).contains("<span class=\"badge inconclusive\">inconclusive</span>");
    assertThat(html).contains("Configured in the simulator profile, not observed on a real service.");
    assertThat(html).contains("class=\"notice\"");
  }

  @Test
  void specs_kvChart_leavesOutModelsWithoutServerMetrics() {
    var specs = HtmlCharts.specs(model, Messages.of(ReportLanguage.EN));
    List<String> labels = new ArrayList<>();
    for (var chart : specs.path("charts")) {
      if (chart.path("id").asText().equals("kv-concurrency")) {
        chart.path("datasets").forEach(d -> labels.add(d.path("label").asText()));
        assertThat(chart.path("xTicks")).hasSize(SampleReports.CONCURRENCY.length);
      }
    }
    assertThat(labels).containsExactly("Gemini 2.5 Flash");
  }

  @Test
  void render_openLoopLevels_drawRateCharts() {
    ReportModel m = SampleReports.flashVersusMaverick();
    List<LevelResult> rated = new ArrayList<>();
    for (LevelResult l : m.performance().levels()) {
      rated.add(new LevelResult(l.modelKey(), LoadLevel.rate(l.level().value() / 4), l.requests(),
          l.errors(), l.latencies(), l.outputTokensPerSecond(), l.peakOutputTokensPerSecond(),
          l.requestsPerSecond(), l.goodputPercent(), l.tokenSource(), l.cdfs(), l.serverSamples()));
    }
    Performance performance = new Performance("ttft p99 <= 1 s", 60, 10, rated, List.of(
        new Knee.Found("flash", "ttft p99 <= 1 s", LoadLevel.rate(8), true)));
    ReportModel open = new ReportModel(m.title(), m.generatedAt(), m.runIds(),
        m.workloadLanguage(), m.models(), performance, m.quality(), m.costs(), m.claims(),
        m.thresholds());

    String out = new HtmlRenderer().render(open, ReportLanguage.EN);

    assertThat(out).contains("<canvas id=\"chart-ttft-rate\"", "arrival rate (requests/s)",
        "r=0.25/s", "every tried level met the SLO (up to r=8/s)");
    assertThat(out).doesNotContain("chart-ttft-concurrency");
  }

  @Test
  void render_sample_namesModelsByLabelWithTheReferenceInTheModelsTableAndTooltips() {
    String models = html.substring(html.indexOf("<section id=\"models\">"),
        html.indexOf("</section>", html.indexOf("<section id=\"models\">")));

    assertThat(models).contains("<td>Gemini 2.5 Flash</td><td>sim:gemini-2.5-flash</td>");
    assertThat(html).contains("<span class=\"model-name\" title=\"sim:gemini-2.5-flash\">"
        + "Gemini 2.5 Flash</span>");
  }

  @Test
  void render_textWithMarkup_isEscaped() {
    ReportModel m = SampleReports.flashVersusMaverick();
    ReportModel hostile = new ReportModel("<script>alert(1)</script>", m.generatedAt(), m.runIds(),
        m.workloadLanguage(), m.models(), m.performance(), m.quality(), m.costs(), m.claims(),
        m.thresholds());

    String out = new HtmlRenderer().render(hostile, ReportLanguage.EN);

    assertThat(out).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
  }

  @Test
  void render_emptySections_saySoInsteadOfDrawing() {
    ReportModel m = SampleReports.flashVersusMaverick();
    ReportModel empty = new ReportModel("t", m.generatedAt(), List.of(), "en", m.models(),
        Performance.none(), Quality.none(), List.of(), List.of(), List.of());

    String out = new HtmlRenderer().render(empty, ReportLanguage.ES);

    assertThat(out).contains("Este informe no incluye pruebas de rendimiento.");
    assertThat(out).doesNotContain("<canvas");
  }
}
