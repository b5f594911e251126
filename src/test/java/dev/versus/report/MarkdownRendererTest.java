package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final ReportModel model = SampleReports.flashVersusMaverick();
  private final String md = new MarkdownRenderer().render(model, ReportLanguage.EN);

  @Test
  void render_sample_fitsAPullRequestComment() {
    assertThat(md.length()).isLessThan(65_536); // GitHub's limit for a comment body
    assertThat(md).startsWith("## Gemini 2.5 Flash vs Llama 4 Maverick");
  }

  @Test
  void render_sample_hasSummaryQualityAndClaimsTables() {
    assertThat(md).contains("### Performance", "### Quality and safety", "### Claims");
    assertThat(tableRows("### Performance")).hasSize(2 + model.performance().levels().size());
    assertThat(tableRows("### Quality and safety")).hasSize(2 + model.quality().suites().size());
    assertThat(tableRows("### Claims")).hasSize(2 + model.claims().size());
  }

  @Test
  void render_sample_everyTableRowHasTheHeaderColumnCount() {
    for (String section : List.of("### Performance", "### Quality and safety", "### Claims")) {
      List<String> rows = tableRows(section);
      int columns = columns(rows.getFirst());
      assertThat(rows).as(section).allSatisfy(r -> assertThat(columns(r)).isEqualTo(columns));
    }
  }

  @Test
  void render_sample_labelsSourcesAndVerdicts() {
    // The label names the model everywhere; its full reference is given once, in the header.
    assertThat(md).contains("**Gemini 2.5 Flash** (simulated, `sim:gemini-2.5-flash`)",
        "**Llama 4 Maverick** (real endpoint, `openai:meta-llama/");
    assertThat(md.lines().filter(l -> l.contains("sim:gemini-2.5-flash")).count()).isEqualTo(1);
    assertThat(md).contains("✅ verified", "❌ refuted", "⚠️ inconclusive");
    assertThat(md).contains("client-counted tokens", "highest load within the SLO: c=32");
    assertThat(md).contains("**Cost per 1,000 requests**: Gemini 2.5 Flash (list price) $0.9286");
    assertThat(md).contains("Llama 4 Maverick is better than Gemini 2.5 Flash (paired_bootstrap");
  }

  @Test
  void cell_pipeAndNewline_doNotBreakTheTable() {
    assertThat(MarkdownRenderer.cell("a|b\nc")).isEqualTo("a\\|b c");
  }

  private List<String> tableRows(String heading) {
    String after = md.substring(md.indexOf(heading));
    return Arrays.stream(after.split("\n")).dropWhile(l -> !l.startsWith("|"))
        .takeWhile(l -> l.startsWith("|")).toList();
  }

  /** Counts unescaped pipes, which delimit cells. */
  private static int columns(String row) {
    return row.replace("\\|", "").split("\\|", -1).length;
  }
}
