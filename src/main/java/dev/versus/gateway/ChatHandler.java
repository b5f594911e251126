package dev.versus.gateway;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.Languages;
import dev.versus.core.Message;
import dev.versus.core.NanoClock;
import dev.versus.core.Role;
import dev.versus.guard.Canary;
import dev.versus.metrics.TokenCounter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * {@code POST /v1/chat/completions}: authenticate, parse, route, screen, call upstream under the
 * backend's limits, answer in the OpenAI format, and log the interaction whatever happened.
 */
final class ChatHandler {
  private final Gateway gateway;
  private final TokenCounter tokens = TokenCounter.cl100k();

  ChatHandler(Gateway gateway) {
    this.gateway = gateway;
  }

  void handle(HttpIn in, HttpOut out, Interaction rec) {
    Gate.Caller caller = gateway.gate().authenticate(in.header("authorization"));
    if (caller instanceof Gate.Caller.Refused refused) {
      fail(out, rec, refused.error());
      return;
    }
    Optional<ApiKey> key = ((Gate.Caller.Known) caller).key();
    rec.keyHash = key.map(k -> ApiKeys.logHash(k.id())).orElse("");
    byte[] body;
    try {
      Optional<byte[]> read = readBody(in, gateway.config().maxBodyBytes());
      if (read.isEmpty()) {
        fail(out, rec, ApiError.of(413, "invalid_request_error", "request_too_large",
            "the request body exceeds the limit of " + gateway.config().maxBodyBytes() + " bytes"));
        return;
      }
      body = read.get();
    } catch (IOException | RuntimeException e) {
      rec.status = 0;
      rec.errorClass = "cancelled";
      rec.errorMessage = "could not read the request body: " + e.getMessage();
      return;
    }
    ClientRequest request;
    switch (ChatRequestParser.parse(body)) {
      case ChatRequestParser.Result.Bad bad -> {
        rec.prompt = gateway.content().rawPrompt(body);
        fail(out, rec, bad.error());
        return;
      }
      case ChatRequestParser.Result.Ok ok -> request = ok.request();
    }
    rec.requestedModel = request.route();
    rec.streamed = request.stream();
    rec.prompt = gateway.content().prompt(request.chat().messages(), request.chat().sampling());
    Optional<Route> route = gateway.route(request.route());
    if (route.isEmpty()) {
      fail(out, rec, new ApiError(404, "invalid_request_error", "model_not_found",
          "The model '" + request.route() + "' does not exist on this gateway; it serves: "
              + String.join(", ", gateway.routeNames()), "model",
          ErrorClass.HTTP_4XX, Duration.ZERO));
      return;
    }
    rec.route = route.get().name();
    Optional<String> forced = in.header(Gate.FORCE_HEADER).map(String::strip);
    Optional<ApiError> denied =
        gateway.gate().authorise(key, rec.route, forced, gateway.backends());
    if (denied.isPresent()) {
      fail(out, rec, denied.get());
      return;
    }
    Screener screener = route.get().screener();
    Optional<ClientRequest> screened = screenInput(screener, request, out, rec);
    if (screened.isEmpty()) {
      return;
    }
    if (screened.get() != request) { // logged as sent upstream, after redaction
      request = screened.get();
      rec.prompt = gateway.content().prompt(request.chat().messages(), request.chat().sampling());
    }
    String prompt = request.promptText();
    String user = request.user();
    LazyCount promptTokens = new LazyCount(() -> tokens.count(prompt));
    RoutingDecision decision = forced
        .map(name -> new RoutingDecision(List.of(name), "forced by header " + Gate.FORCE_HEADER))
        .orElseGet(() -> route.get().policy().choose(
            context(route.get(), in, user, prompt, promptTokens)));
    rec.decision = decision.reason();
    // after the prompt is logged and counted: the log and routing see the client's prompt
    Optional<Canary> canary = screener.newCanary();
    ChatRequest upstreamChat = request.chat();
    if (canary.isPresent()) {
      Optional<ChatRequest> marked = SystemCanary.insert(upstreamChat, canary.get());
      canary = marked.isPresent() ? canary : Optional.empty();
      upstreamChat = marked.orElse(upstreamChat);
    }
    OpenAiBodies.Header header = new OpenAiBodies.Header(
        "chatcmpl-" + rec.requestId, gateway.epochSeconds(), request.route());
    Upstream.Attempt attempt;
    StreamRelay relay = null;
    if (request.stream()) {
      relay = new StreamRelay(
          out, header, request.includeUsage(), rec, gateway.clock(), screener, canary);
      attempt = relay;
    } else if (route.get().config().policy() == PolicyKind.CASCADE) {
      attempt = new CascadeCall(new WholeCall(in.client()),
          route.get().config().accept(), tokens::count);
    } else {
      attempt = new WholeCall(in.client());
    }
    if (request.stream() && route.get().config().policy() == PolicyKind.CASCADE) {
      rec.decision += "; streamed: answers not checked";
    }
    Upstream.Result result =
        gateway.upstream().run(rec.route, upstreamChat, promptTokens, decision.candidates(), attempt);
    switch (result) {
      case Upstream.Result.Refused refused -> {
        rec.backend = refused.backend();
        note(rec, refused.notes());
        fail(out, rec, refused.error());
      }
      case Upstream.Result.Served served -> {
        Backend backend = served.backend();
        rec.backend = backend.name();
        note(rec, served.notes());
        CallOutcome outcome = served.outcome();
        account(rec, backend, outcome);
        if (served.rejectedCostUsd() > 0) { // a cascade's rejected answers were paid for too
          rec.costUsd = (Double.isNaN(rec.costUsd) ? 0 : rec.costUsd) + served.rejectedCostUsd();
        }
        if (relay != null) {
          relay.outputScreening().ifPresent(
              screening -> rec.guardJson = appendOutput(rec.guardJson, screening.json()));
          streamed(rec, outcome, backend);
        } else if (outcome instanceof CallOutcome.Completed done) {
          answer(out, rec, header, backend, done, screener, canary);
        } else {
          streamed(rec, outcome, backend);
          abandoned(out, rec);
        }
      }
    }
  }

  private Optional<ClientRequest> screenInput(
      Screener screener, ClientRequest request, HttpOut out, Interaction rec) {
    if (!screener.active()) {
      return Optional.of(request);
    }
    List<Message> messages = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    boolean changed = false;
    for (Message m : request.chat().messages()) {
      // a tool message is a function's result: external content, screened as a document
      Screening s = m.role() == Role.TOOL
          ? screener.screenDocument(m.content())
          : screener.screenInput(m.content());
      verdicts.add(s.json());
      if (s.action() == Screening.Action.BLOCK) {
        rec.guardJson = "{\"input\":[" + String.join(",", verdicts) + "]}";
        fail(out, rec, new ApiError(400, "invalid_request_error", "guard_blocked",
            "the prompt was blocked by the guard (rule " + s.rule() + "): "
                + String.join("; ", s.reasons()), "messages",
            ErrorClass.HTTP_4XX, Duration.ZERO));
        return Optional.empty();
      }
      messages.add(new Message(m.role(), s.text()));
      changed |= !s.text().equals(m.content());
    }
    rec.guardJson = "{\"input\":[" + String.join(",", verdicts) + "]}";
    if (!changed) {
      return Optional.of(request); // the same object: nothing to log again
    }
    ChatRequest chat = new ChatRequest(request.chat().model(), messages, request.chat().sampling());
    return Optional.of(new ClientRequest(chat, request.stream(), request.includeUsage(), request.user()));
  }

  /** The sticky key is the route's sticky header, else the body's OpenAI {@code user} field. */
  private RoutingContext context(
      Route route, HttpIn in, String user, String prompt, IntSupplier promptTokens) {
    String sticky = route.config().stickyHeader().isEmpty()
        ? user : in.header(route.config().stickyHeader()).orElse(user);
    return RoutingContext.lazy(prompt, promptTokens, sticky, () -> Languages.detect(prompt),
        () -> gateway.backends().values().stream()
            .collect(Collectors.toMap(Backend::name, Backend::load)));
  }

  private void answer(HttpOut out, Interaction rec, OpenAiBodies.Header header, Backend backend,
      CallOutcome.Completed done, Screener screener, Optional<Canary> canary) {
    String content = done.content();
    if (screener.active()) {
      Screening s = screener.screenOutput(content, canary);
      rec.guardJson = appendOutput(rec.guardJson, s.json());
      if (s.action() == Screening.Action.BLOCK) {
        fail(out, rec, new ApiError(400, "invalid_request_error", "guard_blocked_output",
            "the response was blocked by the guard (rule " + s.rule() + ")", "",
            ErrorClass.HTTP_4XX, Duration.ZERO));
        return;
      }
      content = s.text();
    }
    rec.status = 200;
    rec.response = gateway.content().response(content);
    out.send(200, Map.of("content-type", "application/json", "x-versus-backend", backend.name(),
            "x-request-id", rec.requestId),
        OpenAiBodies.completion(header, content, done.reasoning(), done.finishReason(), done.usage()));
  }

  private void streamed(Interaction rec, CallOutcome outcome, Backend backend) {
    rec.response = gateway.content().response(outcome.content());
    switch (outcome) {
      case CallOutcome.Completed done -> rec.status = 200;
      case CallOutcome.Failed failed -> {
        ApiError error = UpstreamErrors.toApi(failed.error(), backend.name());
        rec.errorClass = error.errorClass().wireName();
        rec.errorMessage = error.message();
        rec.status = failed.error().errorClass() == ErrorClass.CANCELLED ? 0 : 200;
      }
    }
    if (rec.ttftNanos >= 0) {
      gateway.metrics().timeToFirstToken(backend, rec.ttftNanos / 1e9);
    }
  }

  private void account(Interaction rec, Backend backend, CallOutcome outcome) {
    rec.usage = outcome.usage();
    if (outcome.usage().present()) {
      rec.costUsd = backend.costUsd(outcome.usage().promptTokens(), outcome.usage().outputTokens());
      gateway.metrics().tokens(backend, outcome.usage().promptTokens(),
          outcome.usage().outputTokens());
    }
  }

  private static String appendOutput(String guardJson, String output) {
    String base = guardJson.isEmpty() ? "{}" : guardJson;
    return base.substring(0, base.length() - 1) + (base.length() > 2 ? "," : "")
        + "\"output\":" + output + "}";
  }

  private static void note(Interaction rec, List<String> notes) {
    if (!notes.isEmpty()) {
      rec.decision = rec.decision + "; " + String.join("; ", notes);
    }
  }

  /** The client left during a non-streamed call: an empty 499 (nginx's "client closed request"). */
  private static void abandoned(HttpOut out, Interaction rec) {
    try {
      out.send(499, Map.of("x-request-id", rec.requestId, "connection", "close"), new byte[0]);
    } catch (RuntimeException e) {
      // the connection is already closed: nothing can be sent, nothing needs to be
    }
  }

  static void fail(HttpOut out, Interaction rec, ApiError error) {
    rec.failed(error);
    Map<String, String> headers = error.status() == 429 || error.status() == 503
        ? Map.of("content-type", "application/json", "retry-after",
            Long.toString(error.retryAfterSeconds()), "x-request-id", rec.requestId)
        : Map.of("content-type", "application/json", "x-request-id", rec.requestId);
    out.send(error.status(), headers, OpenAiBodies.error(error));
  }

  /** The body, or empty when it is longer than {@code limit} bytes. */
  private static Optional<byte[]> readBody(HttpIn in, long limit) throws IOException {
    if (in.contentLength().isPresent() && in.contentLength().getAsLong() > limit) {
      return Optional.empty();
    }
    try (InputStream body = in.body()) {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }
  }
}
