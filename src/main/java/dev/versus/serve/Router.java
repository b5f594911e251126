package dev.versus.serve;

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
 * /runs/ID                         the run's report
 * /runs/ID/claims                  its claims with verdicts
 * /runs/ID/report.SUFFIX           download: html, md, json, csv, junit.xml
 * /compare?a=ID&amp;b=ID               both runs in one report
 * /compare/report.SUFFIX?a=..&amp;b=.. download of the comparison
 * /health                          "ok"
 * /favicon.ico                     204, so browsers log no error
 * </pre>
 *
 * <p>Every page and report comes in the language of {@code ?lang=en|es}, else the first of the
 * Accept-Language header's languages that reports come in, else the server's default; links carry
 * {@code ?lang=} only when the request did.
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
    Optional<PageLanguage> chosen = language(request);
    PageLanguage lang = chosen.orElse(PageLanguage.of(config.language(), false));
    try {
      if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
        return MessagePages.error(405, lang.get("dash.error.method"), lang)
            .withHeader("Allow", "GET, HEAD");
      }
      if (chosen.isEmpty()) {
        return MessagePages.error(400,
            lang.format("dash.error.language", request.param("lang").orElse("")), lang);
      }
      return route(request, lang);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "versus serve: failed to answer " + request.segments(), e);
      return MessagePages.error(500, lang.format("dash.error.internal", e.getMessage()), lang);
    }
  }

  private Response route(Request request, PageLanguage lang) {
    List<String> s = request.segments();
    if (s.isEmpty() || s.equals(List.of("runs"))) {
      return runsPage(request, lang);
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
    return MessagePages.error(404, lang.get("dash.error.noPage"), lang);
  }

  private Response runsPage(Request request, PageLanguage lang) {
    String preselected = request.param("a").filter(id -> RUN_ID.matcher(id).matches()).orElse("");
    String kind = request.param("kind").orElse("");
    if (!kind.isEmpty() && !KIND.matcher(kind).matches()) {
      return MessagePages.error(400, lang.format("dash.error.kind", shorten(kind)), lang);
    }
    List<RunInfo> list = runs.list(RunFilter.all().kind(kind).limit(config.runLimit()));
    return Response.html(200, RunsPage.render(list, kind, preselected, config.runLimit(), lang));
  }

  private Response runRoute(List<String> s, PageLanguage lang) {
    String id = s.get(1);
    if (!RUN_ID.matcher(id).matches()) {
      return badId(id, lang);
    }
    Optional<RunInfo> found = runs.find(id);
    if (found.isEmpty()) {
      return MessagePages.error(404, lang.format("dash.error.noRun", id), lang);
    }
    RunInfo run = found.get();
    String page = s.size() == 3 ? s.get(2) : "";
    Optional<String> suffix = Downloads.suffixOf(page);
    if (!page.isEmpty() && !page.equals("claims") && suffix.isEmpty()) {
      return MessagePages.error(404, lang.format("dash.error.runPage", page,
          "report." + String.join(", report.", Downloads.FORMAT_BY_SUFFIX.keySet())), lang);
    }
    ReportOutcome outcome = reports.report(List.of(id));
    return switch (outcome) {
      case ReportOutcome.Unavailable u when suffix.isPresent() ->
          MessagePages.error(409, lang.format("dash.error.noDownload", id, u.reason()), lang);
      case ReportOutcome.Unavailable u ->
          Response.html(200, RunInfoPage.render(run, u.reason(), lang));
      case ReportOutcome.Ready r when suffix.isPresent() ->
          Downloads.file(r.model(), lang.language(), suffix.get(), id);
      case ReportOutcome.Ready r when page.equals("claims") ->
          Response.html(200, ClaimsPage.render(run, r.model(), lang));
      case ReportOutcome.Ready r -> Response.html(200, ReportPages.run(run, r.model(), lang));
    };
  }

  private Response compareRoute(Request request, List<String> s, PageLanguage lang) {
    Optional<String> suffix = s.size() == 2 ? Downloads.suffixOf(s.get(1)) : Optional.empty();
    if (s.size() == 2 && suffix.isEmpty()) {
      return MessagePages.error(404, lang.format("dash.error.comparePage", s.get(1)), lang);
    }
    Optional<String> a = request.param("a");
    Optional<String> b = request.param("b");
    if (a.isEmpty() || b.isEmpty()) {
      return MessagePages.error(400, lang.get("dash.error.twoRuns"), lang);
    }
    for (String id : List.of(a.get(), b.get())) {
      if (!RUN_ID.matcher(id).matches()) {
        return badId(id, lang);
      }
    }
    if (a.get().equals(b.get())) {
      return MessagePages.error(400, lang.format("dash.error.sameRun", a.get()), lang);
    }
    Optional<RunInfo> runA = runs.find(a.get());
    Optional<RunInfo> runB = runs.find(b.get());
    if (runA.isEmpty() || runB.isEmpty()) {
      return MessagePages.error(404,
          lang.format("dash.error.noRun", (runA.isEmpty() ? a : b).get()), lang);
    }
    ReportOutcome outcome = reports.report(List.of(a.get(), b.get()));
    return switch (outcome) {
      case ReportOutcome.Unavailable u when suffix.isPresent() ->
          MessagePages.error(409, lang.format("dash.error.noCombined", u.reason()), lang);
      case ReportOutcome.Unavailable u ->
          Response.html(200, MessagePages.columns(runA.get(), runB.get(), u.reason(), lang));
      case ReportOutcome.Ready r when suffix.isPresent() ->
          Downloads.file(r.model(), lang.language(), suffix.get(), a.get() + "-vs-" + b.get());
      case ReportOutcome.Ready r ->
          Response.html(200, ReportPages.comparison(runA.get(), runB.get(), r.model(), lang));
    };
  }

  /**
   * The response's language: {@code ?lang=} when given (empty when it names no language), else the
   * first language of the Accept-Language header that reports come in, else the server's default.
   */
  private Optional<PageLanguage> language(Request request) {
    Optional<String> tag = request.param("lang");
    if (tag.isPresent()) {
      return ReportLanguages.byTag(tag.get()).map(l -> PageLanguage.of(l, true));
    }
    return Optional.of(PageLanguage.of(
        ReportLanguages.preferred(request.acceptLanguage()).orElse(config.language()), false));
  }

  private static Response badId(String id, PageLanguage lang) {
    return MessagePages.error(400, lang.format("dash.error.badId", shorten(id)), lang);
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
