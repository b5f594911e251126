package dev.versus.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The cost, claims and thresholds sections of the HTML report. */
final class HtmlClaims {
  private HtmlClaims() {}

  static void costSection(Html h, Messages m, ReportModel model, JsonNode specs) {
    h.raw("<section id=\"cost\">\n").el("h2", "", m.get("cost.title")).raw("\n");
    if (model.costs().isEmpty()) {
      h.el("p", "empty", m.get("cost.none")).raw("</section>\n");
      return;
    }
    h.raw("<div class=\"charts\">\n");
    HtmlQualityCharts.figure(h, specs, "cost");
    h.raw("</div>\n");
    h.tableStart("", List.of(m.get("col.model"), m.get("col.source"), m.get("col.basis"),
        m.get("col.derivation"), m.get("col.usdPer1k")));
    for (CostEstimate cost : model.costs()) {
      ModelInfo info = model.model(cost.modelKey());
      h.raw("<tr><td>").raw(Html.modelName(info)).raw("</td><td>")
          .raw(HtmlRenderer.sourceBadge(m, info.endpoint())).raw("</td>")
          .cells(List.of(HtmlQualityCharts.basis(m, cost), derivation(m, cost),
              Fmt.usd(cost.usdPer1kRequests())))
          .raw("</tr>\n");
    }
    h.tableEnd().raw("</section>\n");
  }

  static String derivation(Messages m, CostEstimate cost) {
    return switch (cost) {
      case CostEstimate.ApiPrice a -> m.format("cost.derivation.api",
          Fmt.rate(a.meanInputTokens()), Fmt.rate(a.meanOutputTokens()),
          m.get("tokens." + a.tokenSource().wireName()), Fmt.price(a.price().inputUsd()),
          Fmt.price(a.price().outputUsd()));
      case CostEstimate.SelfHosted s -> m.format("cost.derivation.selfHosted",
          Fmt.price(s.gpuHourUsd()), s.gpus(), Fmt.fixed(s.requestsPerSecond(), 2), s.level().label());
    };
  }

  static void claimsSection(Html h, Messages m, ReportModel model) {
    h.raw("<section id=\"claims\">\n").el("h2", "", m.get("claims.title")).raw("\n");
    if (model.claims().isEmpty()) {
      h.el("p", "empty", m.get("claims.none"));
    } else {
      h.raw("<p class=\"tally\">");
      for (ClaimVerdict verdict : ClaimVerdict.values()) {
        h.raw(Html.badge(verdict.wireName(), m.get("verdict." + verdict.wireName()) + ": "
            + model.claimsWith(verdict).size())).raw(" ");
      }
      h.raw("</p>\n");
      h.tableStart("", List.of("#", m.get("col.claim"), m.get("col.verdict"), m.get("col.evidence")));
      for (Claim c : model.claims()) {
        h.raw("<tr><td>").text(c.id()).raw("</td><td class=\"text\">").text(c.text())
            .raw("<br><code>").text(c.expression()).raw("</code></td><td>")
            .raw(Html.badge(c.verdict().wireName(), m.get("verdict." + c.verdict().wireName())))
            .raw("</td><td class=\"text\">");
        if (!c.reason().isBlank()) {
          h.el("p", "reason", c.reason());
        }
        h.raw("<ul class=\"evidence\">");
        c.evidence().forEach(e -> h.raw("<li>").raw(HtmlRenderer.sourceBadge(m, e.endpoint()))
            .raw(" ").text(Evidences.line(m, e, false)).raw("</li>"));
        c.notes().forEach(n -> h.raw("<li class=\"note\">").text(m.get("claims.note") + ": " + n)
            .raw("</li>"));
        h.raw("</ul></td></tr>\n");
      }
      h.tableEnd();
    }
    if (!model.thresholds().isEmpty()) {
      h.el("h3", "", m.get("thresholds.title"));
      h.tableStart("", List.of("#", m.get("col.description"), m.get("col.observed"),
          m.get("col.limit"), m.get("col.result")));
      for (ThresholdCheck t : model.thresholds()) {
        h.raw("<tr>").cells(List.of(t.id(), t.description(), Fmt.figure(t.observed()) + " " + t.unit(),
            Fmt.figure(t.limit()) + " " + t.unit())).raw("<td>")
            .raw(t.passed() ? Html.badge("verified", m.get("thresholds.passed"))
                : Html.badge("refuted", m.get("thresholds.failed")))
            .raw("</td></tr>\n");
      }
      h.tableEnd();
    }
    h.raw("</section>\n");
  }
}
