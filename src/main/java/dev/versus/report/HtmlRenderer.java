package dev.versus.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Collectors;

/**
 * One self-contained HTML file: inline CSS, inline Chart.js {@value #CHART_JS_VERSION} (vendored,
 * MIT) and inline chart code, so it opens with no network access; a Content-Security-Policy forbids
 * any request besides inline scripts, styles and data: images. Tables scroll horizontally on narrow
 * screens.
 */
final class HtmlRenderer implements ReportRenderer {
  static final String CHART_JS_VERSION = "4.6.1";
  private static final String CSP =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=utf-8";
  }

  @Override
  public String render(ReportModel model, ReportLanguage language) {
    Messages m = Messages.of(language);
    ObjectNode specs = HtmlCharts.specs(model, m);
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"").raw(language.tag()).raw("\">\n<head>\n")
        .raw("<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").raw(CSP).raw("\">\n")
        .raw("<meta name=\"generator\" content=\"versus\">\n")
        .el("title", "", model.title() + " — versus").raw("\n<style>\n")
        .raw(Resources.text("report/report.css")).raw("</style>\n</head>\n<body>\n");
    header(h, m, model);
    HtmlPerformance.section(h, m, model, specs);
    HtmlQuality.section(h, m, model, specs);
    HtmlClaims.costSection(h, m, model, specs);
    HtmlClaims.claimsSection(h, m, model);
    footer(h, m);
    h.raw("<script type=\"application/json\" id=\"versus-charts\">")
        .raw(chartData(specs)).raw("</script>\n")
        .raw("<script>\n").raw(chartJs()).raw("\n</script>\n")
        .raw("<script>\n").raw(Resources.text("report/report.js")).raw("</script>\n")
        .raw("</body>\n</html>\n");
    return h.toString();
  }

  private static void header(Html h, Messages m, ReportModel model) {
    h.raw("<header>\n").el("h1", "", model.title()).raw("\n<p class=\"meta\">")
        .text(m.format("header.generated", model.generatedAt().toString(),
            String.join(", ", model.runIds())))
        .raw(" · ").text(m.format("header.workloadLanguage", model.workloadLanguage()))
        .raw("</p>\n<nav><a href=\"#performance\">").text(m.get("perf.title"))
        .raw("</a><a href=\"#quality\">").text(m.get("quality.title"))
        .raw("</a><a href=\"#cost\">").text(m.get("cost.title"))
        .raw("</a><a href=\"#claims\">").text(m.get("claims.title")).raw("</a></nav>\n");
    boolean anySimulated = model.models().stream().anyMatch(x -> x.endpoint() == EndpointKind.SIMULATED);
    if (anySimulated) {
      h.raw("<p class=\"notice\">").text(m.get("header.simulatedNotice")).raw("</p>\n");
    }
    h.raw("</header>\n<section id=\"models\">\n").el("h2", "", m.get("models.title")).raw("\n");
    h.tableStart("", java.util.List.of(m.get("col.model"), m.get("col.reference"), m.get("col.provider"),
        m.get("col.source"), m.get("col.price")));
    for (ModelInfo info : model.models()) {
      h.raw("<tr><td>").text(info.label()).raw("</td><td>").text(info.reference()).raw("</td><td>")
          .text(info.provider()).raw("</td><td>").raw(sourceBadge(m, info.endpoint()))
          .raw("</td><td>").text(price(m, info.price())).raw("</td></tr>\n");
    }
    h.tableEnd().raw("</section>\n");
  }

  static String sourceBadge(Messages m, EndpointKind endpoint) {
    return Html.badge(endpoint.wireName(), m.get("endpoint." + endpoint.wireName()));
  }

  static String price(Messages m, Price price) {
    return switch (price) {
      case Price.PerMillionTokens p ->
          m.format("price.perMillion", Fmt.price(p.inputUsd()), Fmt.price(p.outputUsd()));
      case Price.Unpriced u -> m.get("price.none");
    };
  }

  /** Sources of a set of models, e.g. "Source: Flash simulated, Maverick real". */
  static String sources(Messages m, ReportModel model, java.util.Collection<String> keys) {
    return m.get("caption.source") + ": " + model.models().stream()
        .filter(x -> keys.contains(x.key()))
        .map(x -> x.label() + " " + m.get("endpoint." + x.endpoint().wireName()))
        .collect(Collectors.joining(", "));
  }

  private static void footer(Html h, Messages m) {
    h.raw("<footer><p>").text(m.format("footer.charts", CHART_JS_VERSION)).raw("</p><p>")
        .text(m.get("footer.numbers")).raw("</p></footer>\n");
  }

  private static String chartData(ObjectNode specs) {
    try {
      String json = JsonRenderer.mapper().writer().writeValueAsString(specs);
      // "<" only occurs inside JSON strings, where its escape means the same and ends no script.
      return json.replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new ReportException("cannot write the chart data", e);
    }
  }

  private static String chartJs() {
    String library = Resources.text("report/vendor/chart.umd.min.js");
    String licence = Resources.text("report/vendor/chart.js.LICENSE.md").replace("*/", "* /");
    // The source map is not shipped: drop the comment so no tool goes looking for it.
    return "/* Chart.js " + CHART_JS_VERSION + " licence:\n" + licence + "*/\n"
        + library.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
  }
}
