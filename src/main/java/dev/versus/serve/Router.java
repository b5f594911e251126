package dev.versus.serve;

import dev.versus.report.ReportLanguage;
import dev.versus.store.RunFilter;
import dev.versus.store.RunInfo;
import dev.versus.store.Runs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Maps a request to a page or file. Routes (GET and HEAD only):
 *
 * <pre>
 * /                                runs, newest first (?kind=bench narrows them; ?a=ID
 *                                  preselects the comparison)
 * /runs/ID                         the run's report (?lang=es)
 * /runs/ID/claims                  its claims with verdicts
 * /runs/ID/report.SUFFIX           download: html, md, json, csv, junit.xml
 * /compare?a=ID&amp;b=ID               both runs in one report
 * /compare/report.SUFFIX?a=..&amp;b=.. download of the comparison
 * /health                          "ok"
 * /favicon.ico                     204, so browsers log no error
 * </pre>
 *
 * <p>Never throws: a failure while making one response becomes a 500 page for that request.
 */
final class Router {
  private static final Logger LOG = Logger.getLogger(Router.class.getName());
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  private final Runs runs;
  private final RunReportSource reports;
  private final DashboardConfig config;

  Router(Runs runs, RunReportSource reports, DashboardConfig config) {
    this.runs = runs;
    this.reports = reports;
    this.config = config;
  }

  Response handle(Request request) {
    try {
      if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
        return MessagePages.error(405, "The dashboard only reads: use GET.")
            .withHeader("Allow", "GET, HEAD");
      }
      return route(request);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "versus serve: failed to answer " + request.segments(), e);
      return MessagePages.error(500, "This page could not be made: " + e.getMessage()
          + ". Other pages still work.");
    }
  }

  private Response route(Request request) {
    List<String> s = request.segments();
    Optional<ReportLanguage> language = language(request);
    if (language.isEmpty()) {
      return MessagePages.error(400, "Unknown language '" + request.param("lang").orElse("")
          + "': expected en or es.");
    }
    ReportLanguage lang = language.get();
    if (s.isEmpty() || s.equals(List.of("runs"))) {
      return runsPage(request);
    }
    if (s.equals(List.of("favicon.ico"))) { // browsers ask for it; there is none
      return new Response(204, "image/x-icon", Map.of(), new byte[0]);
    }
    if (s.equals(List.of("health"))) {
      return new Response(200, "text/plain; charset=utf-8", Map.of(),
          "ok\n".getBytes(StandardCharsets.UTF_8));
    }
    if (s.get(0).equals("runs") && s.size() <= 3) {
      return runRoute(s, lang);
    }
    if (s.get(0).equals("compare") && s.size() <= 2) {
      return compareRoute(request, s, lang);
    }
    return MessagePages.error(404, "No page at this address.");
  }

  private Response runsPage(Request request) {
    String preselected = request.param("a").filter(id -> RUN_ID.matcher(id).matches()).orElse("");
    String kind = request.param("kind").orElse("");
    if (!kind.isEmpty() && !KIND.matcher(kind).matches()) {
      return MessagePages.error(400, "'" + shorten(kind) + "' is not a run kind: expected a"
          + " lower-case word such as bench, eval, plan or demo.");
    }
    List<RunInfo> list = runs.list(RunFilter.all().kind(kind).limit(config.runLimit()));
    return Response.html(200, RunsPage.render(list, kind, preselected, config.runLimit()));
  }

  private Response runRoute(List<String> s, ReportLanguage lang) {
    String id = s.get(1);
    if (!RUN_ID.matcher(id).matches()) {
      return badId(id);
    }
    Optional<RunInfo> found = runs.find(id);
    if (found.isEmpty()) {
      return MessagePages.error(404, "No run with id '" + id + "' in the store.");
    }
    RunInfo run = found.get();
    String page = s.size() == 3 ? s.get(2) : "";
    Optional<String> suffix = Downloads.suffixOf(page);
    if (!page.isEmpty() && !page.equals("claims") && suffix.isEmpty()) {
      return MessagePages.error(404, "No page '" + page + "' for a run: expected claims or"
          + " report." + String.join(", report.", Downloads.FORMAT_BY_SUFFIX.keySet()) + ".");
    }
    ReportOutcome outcome = reports.report(List.of(id));
    return switch (outcome) {
      case ReportOutcome.Unavailable u when suffix.isPresent() ->
          MessagePages.error(409, "Run '" + id + "' has no report to download: " + u.reason());
      case ReportOutcome.Unavailable u -> Response.html(200, RunInfoPage.render(run, u.reason()));
      case ReportOutcome.Ready r when suffix.isPresent() ->
          Downloads.file(r.model(), lang, suffix.get(), id);
      case ReportOutcome.Ready r when page.equals("claims") ->
          Response.html(200, ClaimsPage.render(run, r.model()));
      case ReportOutcome.Ready r -> Response.html(200, ReportPages.run(run, r.model(), lang));
    };
  }

  private Response compareRoute(Request request, List<String> s, ReportLanguage lang) {
    Optional<String> suffix = s.size() == 2 ? Downloads.suffixOf(s.get(1)) : Optional.empty();
    if (s.size() == 2 && suffix.isEmpty()) {
      return MessagePages.error(404, "No page '" + s.get(1) + "' under /compare.");
    }
    Optional<String> a = request.param("a");
    Optional<String> b = request.param("b");
    if (a.isEmpty() || b.isEmpty()) {
      return MessagePages.error(400, "A comparison needs two runs: /compare?a=RUN_ID&b=RUN_ID.");
    }
    for (String id : List.of(a.get(), b.get())) {
      if (!RUN_ID.matcher(id).matches()) {
        return badId(id);
      }
    }
    if (a.get().equals(b.get())) {
      return MessagePages.error(400, "Choose two different runs to compare (both are '"
          + a.get() + "').");
    }
    Optional<RunInfo> runA = runs.find(a.get());
    Optional<RunInfo> runB = runs.find(b.get());
    if (runA.isEmpty() || runB.isEmpty()) {
      return MessagePages.error(404, "No run with id '" + (runA.isEmpty() ? a : b).get()
          + "' in the store.");
    }
    ReportOutcome outcome = reports.report(List.of(a.get(), b.get()));
    return switch (outcome) {
      case ReportOutcome.Unavailable u when suffix.isPresent() ->
          MessagePages.error(409, "These runs have no combined report: " + u.reason());
      case ReportOutcome.Unavailable u ->
          Response.html(200, MessagePages.columns(runA.get(), runB.get(), u.reason()));
      case ReportOutcome.Ready r when suffix.isPresent() ->
          Downloads.file(r.model(), lang, suffix.get(), a.get() + "-vs-" + b.get());
      case ReportOutcome.Ready r ->
          Response.html(200, ReportPages.comparison(runA.get(), runB.get(), r.model(), lang));
    };
  }

  private Optional<ReportLanguage> language(Request request) {
    Optional<String> tag = request.param("lang");
    if (tag.isEmpty()) {
      return Optional.of(config.language());
    }
    for (ReportLanguage language : ReportLanguage.values()) {
      if (language.tag().equalsIgnoreCase(tag.get())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  private static Response badId(String id) {
    return MessagePages.error(400, "'" + shorten(id) + "' is not a run id: expected 1 to 64"
        + " characters of letters, digits, '.', '_', ':' or '-'.");
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
