package dev.versus.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Compact Markdown for a pull-request comment: a header line with the sources, the performance
 * summary, the quality table and the claims table.
 */
final class MarkdownRenderer implements ReportRenderer {

  @Override
  public String format() {
    return "md";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=utf-8";
  }

  @Override
  public String render(ReportModel model, ReportLanguage language) {
    Messages m = Messages.of(language);
    StringBuilder out = new StringBuilder();
    out.append("## ").append(cell(model.title())).append("\n\n");
    out.append(m.format("header.generated", model.generatedAt().toString(),
        String.join(", ", model.runIds()))).append("  \n");
    String sources = model.models().stream()
        .map(x -> "**" + cell(x.label()) + "** (" + m.get("endpoint." + x.endpoint().wireName())
            + (x.reference().equals(x.label()) ? "" : ", `" + cell(x.reference()) + "`") + ")")
        .collect(Collectors.joining(", "));
    out.append(m.get("header.models")).append(": ").append(sources).append("\n\n");
    performance(out, m, model);
    quality(out, m, model);
    cost(out, m, model);
    claims(out, m, model);
    return out.toString();
  }

  private static void performance(StringBuilder out, Messages m, ReportModel model) {
    Performance p = model.performance();
    if (p.levels().isEmpty()) {
      return;
    }
    out.append("### ").append(m.get("perf.title")).append("\n\n");
    out.append(m.format("perf.slo", p.slo())).append("\n\n");
    row(out, List.of(m.get("col.model"), m.get("col.level"), m.get("col.requests"),
        m.get("col.errorRate"), "TTFT p50 / p99 (ms)", "ITL p50 (ms)", m.get("col.outputTps"),
        m.get("col.goodput"), m.get("col.tokens")));
    row(out, List.of("---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---"));
    for (ModelInfo info : model.models()) {
      for (LevelResult l : p.levelsOf(info.key())) {
        Distribution ttft = l.latency(LatencyMetric.TTFT);
        row(out, List.of(cell(info.label()), l.level().label(), Long.toString(l.requests()),
            Fmt.percent(l.errorRatePercent()) + "%",
            ttft.measured() ? Fmt.ms(ttft.p50Ms()) + " / " + Fmt.ms(ttft.p99Ms()) : "–",
            l.latency(LatencyMetric.ITL).measured() ? Fmt.ms(l.latency(LatencyMetric.ITL).p50Ms()) : "–",
            Fmt.rate(l.outputTokensPerSecond()), Fmt.percent(l.goodputPercent()) + "%",
            m.get("tokens." + l.tokenSource().wireName())));
      }
    }
    out.append('\n');
    for (ModelInfo info : model.models()) {
      p.kneeOf(info.key()).ifPresent(k ->
          out.append("- ").append(cell(info.label())).append(": ").append(Sentences.knee(m, k))
              .append('\n'));
    }
    out.append('\n');
  }

  private static void quality(StringBuilder out, Messages m, ReportModel model) {
    Quality q = model.quality();
    if (q.scores().isEmpty()) {
      return;
    }
    out.append("### ").append(m.get("quality.title")).append("\n\n");
    List<String> header = new java.util.ArrayList<>(List.of(m.get("col.suite"), m.get("col.metric")));
    model.models().forEach(x -> header.add(cell(x.label())));
    header.add(m.get("col.significance"));
    row(out, header);
    List<String> align = new java.util.ArrayList<>(List.of("---", "---"));
    model.models().forEach(x -> align.add("---:"));
    align.add("---");
    row(out, align);
    for (String suite : q.suites()) {
      List<String> cells = new java.util.ArrayList<>();
      cells.add(cell(suite));
      cells.add(q.scores().stream().filter(s -> s.suite().equals(suite)).findFirst()
          .map(SuiteScore::metric).orElse(""));
      for (ModelInfo info : model.models()) {
        cells.add(q.score(info.key(), suite)
            .map(s -> Fmt.score(s.score()) + " [" + Fmt.score(s.ciLow()) + ", "
                + Fmt.score(s.ciHigh()) + "] n=" + s.n())
            .orElse("–"));
      }
      cells.add(q.comparisons().stream().filter(c -> c.suite().equals(suite))
          .map(c -> cell(Sentences.pairwise(m, model, c)))
          .collect(Collectors.joining("; ")));
      row(out, cells);
    }
    out.append('\n');
    for (SuiteJudge j : q.judges()) {
      out.append(m.format("quality.judge", cell(j.suite()), cell(j.judge()), cell(j.rubric())))
          .append("\n\n");
    }
  }

  private static void cost(StringBuilder out, Messages m, ReportModel model) {
    if (model.costs().isEmpty()) {
      return;
    }
    out.append("**").append(m.get("chart.cost")).append("**: ");
    out.append(model.costs().stream()
        .map(c -> cell(model.model(c.modelKey()).label()) + " (" + HtmlQualityCharts.basis(m, c)
            + ") $" + Fmt.usd(c.usdPer1kRequests()))
        .collect(Collectors.joining(" · ")));
    out.append("\n\n");
  }

  private static void claims(StringBuilder out, Messages m, ReportModel model) {
    if (model.claims().isEmpty()) {
      return;
    }
    out.append("### ").append(m.get("claims.title")).append("\n\n");
    row(out, List.of(m.get("col.verdict"), m.get("col.claim"), m.get("col.evidence")));
    row(out, List.of("---", "---", "---"));
    for (Claim c : model.claims()) {
      String evidence = c.evidence().stream().map(e -> cell(Evidences.line(m, e)))
          .collect(Collectors.joining("<br>"));
      if (!c.reason().isBlank()) {
        evidence = cell(c.reason()) + (evidence.isEmpty() ? "" : "<br>" + evidence);
      }
      for (String note : c.notes()) {
        evidence += "<br>_" + cell(note) + "_";
      }
      row(out, List.of(icon(c.verdict()) + " " + m.get("verdict." + c.verdict().wireName()),
          cell(c.text()) + "<br>`" + c.expression().replace("`", "'").replace("|", "\\|") + "`",
          evidence));
    }
    out.append('\n');
  }

  private static String icon(ClaimVerdict verdict) {
    return switch (verdict) {
      case VERIFIED -> "✅";
      case REFUTED -> "❌";
      case INCONCLUSIVE -> "⚠️";
    };
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
        .replace("\r", " ").replace("\n", " ");
  }
}
