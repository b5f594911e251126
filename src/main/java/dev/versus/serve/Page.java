package dev.versus.serve;

import dev.versus.store.RunInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The dashboard's page frame: head, styles, navigation bar, escaping and small formatters. */
final class Page {
  /** Every page and download: nothing but inline code and data: images, frames of this server. */
  static final String CSP = "default-src 'none'; script-src 'unsafe-inline';"
      + " style-src 'unsafe-inline'; img-src data:; frame-src 'self'; form-action 'self';"
      + " base-uri 'none'";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final String REPORT_CSS = resource("report/report.css");
  private static final String DASHBOARD_CSS = resource("serve/dashboard.css");

  private Page() {}

  /** A whole page: the report's stylesheet plus the dashboard's, then the bar and the body. */
  static String document(String title, String bar, String body, PageLanguage lang) {
    return "<!DOCTYPE html>\n<html lang=\"" + lang.language().tag() + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
        + "<title>" + esc(title) + " — versus</title>\n<style>\n" + REPORT_CSS + "</style>\n"
        + "</head>\n<body>\n" + bar + body + "</body>\n</html>\n";
  }

  /** The dashboard bar: its own styles, a link home and the given links (markup). */
  static String bar(PageLanguage lang, String... links) {
    StringBuilder s = new StringBuilder(1024);
    s.append("<style>\n").append(DASHBOARD_CSS).append("</style>\n")
        .append("<nav class=\"dashbar\" id=\"dashbar\"><a href=\"/").append(esc(lang.query()))
        .append("\"><b>versus</b> ").append(esc(lang.get("dash.bar.home"))).append("</a>");
    for (String link : links) {
      s.append(link);
    }
    return s.append("</nav>\n").toString();
  }

  /** {@code <a href="...">text</a>} with both escaped. */
  static String link(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  /** The status as a coloured badge. */
  static String statusBadge(RunInfo run, PageLanguage lang) {
    String name = run.status().wireName();
    return "<span class=\"badge status-" + name + "\">" + esc(lang.get("dash.status." + name))
        + "</span>";
  }

  /** A "simulated" badge for runs that used the simulator, else nothing. */
  static String simulatedBadge(RunInfo run, PageLanguage lang) {
    return run.simulated()
        ? "<span class=\"badge simulated\">" + esc(lang.get("endpoint.simulated")) + "</span>" : "";
  }

  /** A link to a dashboard page, carrying the page's {@code lang} query when it has one. */
  static String pageLink(String path, String text, PageLanguage lang) {
    int hash = path.indexOf('#');
    String base = hash < 0 ? path : path.substring(0, hash);
    String anchor = hash < 0 ? "" : path.substring(hash);
    return link(base + (base.contains("?") ? lang.andQuery() : lang.query()) + anchor, text);
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  /** The run's length, e.g. {@code 3m 07s}, or {@code running} with no end yet. */
  static String duration(RunInfo run, PageLanguage lang) {
    return run.finishedAt().map(end -> {
      Duration d = Duration.between(run.startedAt(), end);
      long seconds = Math.max(0, d.toSeconds());
      return seconds >= 3600
          ? String.format(Locale.ROOT, "%dh %02dm %02ds", seconds / 3600, seconds / 60 % 60,
              seconds % 60)
          : String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }).orElse(lang.get("dash.status.running"));
  }

  static String esc(String text) {
    return dev.versus.report.HtmlEscape.text(text);
  }

  private static String resource(String name) {
    try (InputStream in = Page.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
