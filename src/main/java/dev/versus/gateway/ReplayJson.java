package dev.versus.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.eval.Interval;

/**
 * The JSON forms of a replay: the run's config and summary ({@value #SCHEMA}), each stored case's
 * details, and the lines of {@code cases.jsonl}. Unknown numbers ({@code NaN}) are written as
 * {@code null}; latencies are in milliseconds, costs in US dollars.
 */
public final class ReplayJson {
  /** The summary's schema id. */
  public static final String SCHEMA = "versus.replay/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReplayJson() {}

  static String config(ReplaySettings s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("from", s.from().toString());
    o.put("to", s.to().toString());
    o.put("route", s.route());
    o.put("candidate", s.candidate());
    o.put("baseline", "log");
    o.put("limit", s.limit());
    o.put("concurrency", s.concurrency());
    o.put("agreementThreshold", s.agreementThreshold());
    o.put("language", s.language());
    number(o, "inputPerMillionUsd", s.inputPerMillion());
    number(o, "outputPerMillionUsd", s.outputPerMillion());
    return write(o);
  }

  /** The summary as stored in the run and written to {@code summary.json}. */
  public static String summary(ReplaySummary r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    o.put("runId", r.runId());
    o.put("candidate", r.candidate());
    o.put("baseline", "log");
    o.put("route", r.route());
    o.put("simulated", r.simulated());
    o.put("selected", r.selected());
    o.put("replayed", r.replayed());
    ObjectNode skipped = o.putObject("skipped");
    r.skipped().forEach(skipped::put);
    ObjectNode agreement = interval(o.putObject("agreement"), r.agreement());
    agreement.put("scorer", "token-f1");
    agreement.put("threshold", r.agreementThreshold());
    agreement.put("agreed", Math.round(r.agreement().estimate() * r.replayed()));
    interval(o.putObject("tokenF1"), r.tokenF1());
    o.put("exactMatchRate", r.exactMatchRate());
    ObjectNode similarity = o.putObject("similarity");
    similarity.put("computed", r.similarity().computed());
    if (r.similarity().computed()) {
      similarity.put("estimate", r.similarity().mean());
      similarity.putArray("ci95").add(r.similarity().low()).add(r.similarity().high());
    } else {
      similarity.put("note", "no embedding model configured");
    }
    ObjectNode judge = o.putObject("judge");
    judge.put("computed", r.judge().computed());
    if (r.judge().computed()) {
      judge.put("model", r.judge().model());
      judge.put("rubric", r.judge().rubric());
      judge.put("graded", r.judge().graded());
      judge.put("errors", r.judge().errors());
      interval(judge.putObject("passRate"), r.judge().passRate());
      interval(judge.putObject("meanScore"), r.judge().meanScore());
    } else {
      judge.put("note", "no judge model configured");
    }
    ObjectNode errors = o.putObject("candidateErrors");
    r.candidateErrors().forEach(errors::put);
    ObjectNode latency = o.putObject("latencyMs");
    latency(latency.putObject("logged"), r.loggedLatency());
    latency(latency.putObject("candidate"), r.candidateLatency());
    ObjectNode ttft = o.putObject("ttftMs");
    latency(ttft.putObject("logged"), r.loggedTtft());
    latency(ttft.putObject("candidate"), r.candidateTtft());
    ObjectNode cost = o.putObject("costUsd");
    number(cost.putObject("logged"), "total", r.loggedCostUsd())
        .put("known", r.loggedCostKnown());
    number(cost.putObject("candidate"), "total", r.candidateCostUsd())
        .put("priced", Double.isFinite(r.candidateCostUsd()));
    return write(o);
  }

  static String details(ReplayCase c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("backend", c.backend());
    o.put("exactMatch", c.exactMatch());
    number(o, "similarity", c.similarity());
    o.put("loggedLatencyNs", c.loggedLatencyNanos());
    o.put("loggedTtftNs", c.loggedTtftNanos());
    o.put("candidateTtftNs", c.candidateTtftNanos());
    number(o, "loggedCostUsd", c.loggedCostUsd());
    judgement(o, c.judgement());
    return write(o);
  }

  /** One line of {@code cases.jsonl} (without the newline). */
  public static String caseLine(ReplayCase c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("requestId", c.requestId());
    o.put("backend", c.backend());
    o.put("tokenF1", c.tokenF1());
    o.put("exactMatch", c.exactMatch());
    o.put("agreed", c.agreed());
    number(o, "similarity", c.similarity());
    judgement(o, c.judgement());
    ObjectNode logged = o.putObject("logged");
    logged.put("response", c.loggedResponse());
    millis(logged, "latencyMs", c.loggedLatencyNanos());
    millis(logged, "ttftMs", c.loggedTtftNanos());
    number(logged, "costUsd", c.loggedCostUsd());
    ObjectNode candidate = o.putObject("candidate");
    candidate.put("response", c.candidateResponse());
    millis(candidate, "latencyMs", c.candidateLatencyNanos());
    millis(candidate, "ttftMs", c.candidateTtftNanos());
    candidate.put("promptTokens", c.candidatePromptTokens());
    candidate.put("outputTokens", c.candidateOutputTokens());
    number(candidate, "costUsd", c.candidateCostUsd());
    candidate.put("errorClass", c.errorClass());
    candidate.put("errorMessage", c.errorMessage());
    o.put("prompt", c.prompt());
    return write(o);
  }

  private static void judgement(ObjectNode o, ReplayJudgement j) {
    if (!j.judged()) {
      return;
    }
    ObjectNode n = o.putObject("judge");
    number(n, "score", j.score());
    n.put("passed", j.passed());
    n.put("reason", j.reason());
    n.put("errorClass", j.errorClass());
  }

  private static ObjectNode interval(ObjectNode o, Interval i) {
    o.put("estimate", i.estimate());
    o.putArray("ci95").add(i.low()).add(i.high());
    return o;
  }

  private static void latency(ObjectNode o, ReplaySummary.Latency l) {
    o.put("count", l.count());
    number(o, "p50", l.p50Millis());
    number(o, "p95", l.p95Millis());
  }

  private static void millis(ObjectNode o, String field, long nanos) {
    if (nanos < 0) {
      o.putNull(field);
    } else {
      o.put(field, nanos / 1e6);
    }
  }

  private static ObjectNode number(ObjectNode o, String field, double value) {
    if (Double.isFinite(value)) {
      o.put(field, value);
    } else {
      o.putNull(field);
    }
    return o;
  }

  private static String write(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write replay JSON", e);
    }
  }
}
