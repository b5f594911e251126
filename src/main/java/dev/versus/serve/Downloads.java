package dev.versus.serve;

import dev.versus.report.ReportLanguage;
import dev.versus.report.ReportModel;
import dev.versus.report.ReportRenderer;
import dev.versus.report.ReportRenderers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The export files: {@code report.html}, {@code .md}, {@code .json}, {@code .csv}, {@code .junit.xml}. */
final class Downloads {
  /** File name after {@code report.} → the renderer's format name, in display order. */
  static final Map<String, String> FORMAT_BY_SUFFIX = formats();
  private static final Map<String, String> LABELS = Map.of(
      "html", "HTML", "md", "Markdown", "json", "JSON", "csv", "CSV", "junit.xml", "JUnit XML");

  private Downloads() {}

  private static Map<String, String> formats() {
    Map<String, String> formats = new LinkedHashMap<>();
    formats.put("html", "html");
    formats.put("md", "md");
    formats.put("json", "json");
    formats.put("csv", "csv");
    formats.put("junit.xml", "junit");
    return java.util.Collections.unmodifiableMap(formats);
  }

  /** The format of a file name such as {@code report.junit.xml}, if it is one of ours. */
  static Optional<String> suffixOf(String fileName) {
    if (!fileName.startsWith("report.")) {
      return Optional.empty();
    }
    String suffix = fileName.substring("report.".length());
    return FORMAT_BY_SUFFIX.containsKey(suffix) ? Optional.of(suffix) : Optional.empty();
  }

  /**
   * The rendered file, as an attachment named {@code versus-NAME.SUFFIX} (a ':' of a run id
   * becomes '-', as some file systems refuse it).
   */
  static Response file(ReportModel model, ReportLanguage language, String suffix, String name) {
    ReportRenderer renderer = ReportRenderers.require(FORMAT_BY_SUFFIX.get(suffix));
    byte[] body = renderer.render(model, language).getBytes(StandardCharsets.UTF_8);
    return new Response(200, renderer.mediaType(), Map.of(
        "Content-Disposition", "attachment; filename=\"versus-" + name.replace(':', '-') + "." + suffix + "\""),
        body);
  }

  /** A list of download links under {@code base} (e.g. {@code /runs/ID/}), with {@code query}. */
  static String links(String base, String query) {
    StringBuilder s = new StringBuilder("<ul class=\"downloads\">");
    FORMAT_BY_SUFFIX.keySet().forEach(suffix -> s.append("<li>")
        .append(Page.link(base + "report." + suffix + query, LABELS.get(suffix))).append("</li>"));
    return s.append("</ul>").toString();
  }

  /** The same links inline for the bar. */
  static String barLinks(String base, String query, PageLanguage lang) {
    StringBuilder s = new StringBuilder("<span class=\"sep\">")
        .append(Page.esc(lang.get("dash.bar.download"))).append("</span>");
    FORMAT_BY_SUFFIX.keySet().forEach(suffix ->
        s.append(Page.link(base + "report." + suffix + query, LABELS.get(suffix))));
    return s.toString();
  }
}
