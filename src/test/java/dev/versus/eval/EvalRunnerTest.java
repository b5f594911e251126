package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.FinishReason;
import dev.versus.core.ManualNanoClock;
import dev.versus.core.Usage;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.StreamListener;
import dev.versus.provider.StreamingCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvalRunnerTest {
  private static final Scorers SCORERS = Scorers.standard();

  @TempDir Path tmp;

  static Suite numberSuite(int n) {
    List<EvalCase> cases = IntStream.range(0, n)
        .mapToObj(i -> EvalCase.ofPrompt("q" + i, "How much is " + i + " + 1? Answer: N",
            List.of(Integer.toString(i + 1)), "number", ScorerOptions.empty(), "en"))
        .toList();
    return new Suite("numbers", "", cases, "number");
  }

  static EvalSettings settings(int concurrency) {
    return EvalSettings.defaults().withConcurrency(concurrency).withSeed(11);
  }

  @ParameterizedTest(name = "gemini wire: {0}")
  @ValueSource(booleans = {false, true})
  void run_rateLimitedServer_waitsAtLeastTheServersRetryHintAndSucceeds(boolean gemini)
      throws Exception {
    ManualNanoClock clock = new ManualNanoClock(0);
    List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    try (SimFixture sim = SimFixture.instant(SimFixture.faults(2, 0), clock, gemini)) {
      EvalRunner runner = EvalRunner.create(settings(1), SCORERS, ResponseCache.none(), Map.of())
          .withClock(clock, d -> {
            pauses.add(d);
            clock.advance(d);
          });
      EvalReport report = runner.run(List.of(new EvalModel("quota", sim.provider)),
          List.of(numberSuite(5)), r -> {});

      assertThat(report.results()).allSatisfy(r -> assertThat(r.failed()).isFalse());
      assertThat(report.results()).anySatisfy(r -> assertThat(r.attempts()).isEqualTo(2));
      // 2 requests per sliding minute on a manual clock: the 3rd and 5th calls get a 429 whose
      // Retry-After (OpenAI wire) or RetryInfo.retryDelay (Gemini wire) is 60 s; the runner waits
      // the hint plus at most 10% jitter.
      assertThat(pauses).hasSize(2).allSatisfy(d ->
          assertThat(d).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(66)));
    }
  }

  @Test
  void run_serverAlwaysFailing_stopsAfterMaxAttemptsAndScoresZeroWithTheReason() throws Exception {
    List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    ManualNanoClock clock = new ManualNanoClock(0);
    try (SimFixture sim = SimFixture.instant(SimFixture.faults(0, 1.0), clock)) {
      EvalSettings s = settings(2).withRetry(
          new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1)));
      EvalRunner runner = EvalRunner.create(s, SCORERS, ResponseCache.none(), Map.of())
          .withClock(clock, pauses::add);
      EvalReport report = runner.run(List.of(new EvalModel("broken", sim.provider)),
          List.of(numberSuite(2)), r -> {});

      assertThat(report.results()).allSatisfy(r -> {
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(r.errorClass()).isEqualTo("http_5xx");
        assertThat(r.score().value()).isZero();
        assertThat(r.score().reason()).startsWith("call failed (http_5xx)");
      });
      assertThat(sim.requests()).isEqualTo(6);
      // full-jitter backoff without a hint: below 100 ms after the 1st failure, 200 ms after the 2nd
      assertThat(pauses).hasSize(4).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofMillis(200)));
      SuiteResult result = report.find("broken", "numbers").orElseThrow();
      assertThat(result.errors()).isEqualTo(2);
      assertThat(result.score().estimate()).isZero();
    }
  }

  @Test
  void run_emptyAndGarbageAnswers_scoreZeroWithAReasonInsteadOfFailing() throws Exception {
    Map<String, String> answers = Map.of("q0", "", "q1", "%%% \u0000 ]]}{ not a number", "q2", "3");
    ChatProvider scripted = new ScriptedProvider(req -> {
      String prompt = req.messages().getLast().content();
      String id = "q" + prompt.replaceAll("\\D+", " ").strip().split(" ")[0];
      return new CallOutcome.Completed(answers.get(id), "", FinishReason.STOP, Usage.server(10, 2, 0));
    });
    EvalReport report = EvalRunner.create(settings(4), SCORERS, ResponseCache.none(),
            Map.of("scripted", new Price(1, 2)))
        .run(List.of(new EvalModel("scripted", scripted)), List.of(numberSuite(3)), r -> {});

    List<CaseResult> results = report.results();
    assertThat(results.get(0).score().value()).isZero();
    assertThat(results.get(0).score().reason()).isEqualTo("empty response");
    assertThat(results.get(1).score().value()).isZero();
    assertThat(results.get(1).score().reason()).isNotBlank();
    assertThat(results.get(2).score().passed()).isTrue();
    // 10 input tokens at $1/M plus 2 output tokens at $2/M
    assertThat(results.get(2).costUsd()).isEqualTo(14e-6, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void run_withoutPrice_reportsCostAsUnknownNotZero() throws Exception {
    try (SimFixture sim = SimFixture.instant()) {
      EvalReport report = EvalRunner.create(settings(4), SCORERS, ResponseCache.none(), Map.of())
          .run(List.of(new EvalModel("m", sim.provider)), List.of(numberSuite(3)), r -> {});
      assertThat(report.results()).allSatisfy(r -> assertThat(r.costUsd()).isNaN());
      assertThat(report.find("m", "numbers").orElseThrow().costUsd()).isNaN();
    }
  }

  @Test
  void run_concurrency_neverExceedsTheBound() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    ChatProvider slow = new ScriptedProvider(req -> {
      peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(15);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inFlight.decrementAndGet();
      return new CallOutcome.Completed("1", "", FinishReason.STOP, Usage.none());
    });
    EvalRunner.create(settings(4), SCORERS, ResponseCache.none(), Map.of())
        .run(List.of(new EvalModel("a", slow), new EvalModel("b", slow)), List.of(numberSuite(20)),
            r -> {});
    assertThat(peak.get()).isBetween(2, 4);
  }

  @Test
  void run_rerunWithTheCache_makesNoCallsAndReusesNoLatency() throws Exception {
    try (SimFixture sim = SimFixture.instant()) {
      List<EvalModel> models = List.of(new EvalModel("sim", sim.provider));
      Path file = tmp.resolve("cache.jsonl");
      EvalReport first;
      try (ResponseCache cache = ResponseCache.open(file)) {
        first = EvalRunner.create(settings(4).withRepeats(2), SCORERS, cache, Map.of())
            .run(models, List.of(numberSuite(5)), r -> {});
      }
      long calls = sim.requests();
      assertThat(calls).isEqualTo(10);
      assertThat(first.results()).allSatisfy(r -> assertThat(r.latencyNanos()).isNotNegative());

      EvalReport second;
      try (ResponseCache cache = ResponseCache.open(file)) {
        second = EvalRunner.create(settings(4).withRepeats(2), SCORERS, cache, Map.of())
            .run(models, List.of(numberSuite(5)), r -> {});
      }
      assertThat(sim.requests()).isEqualTo(calls);
      assertThat(second.results()).allSatisfy(r -> {
        assertThat(r.cached()).isTrue();
        assertThat(r.attempts()).isZero();
        assertThat(r.latencyNanos()).isEqualTo(-1);
      });
      assertThat(second.results()).extracting(CaseResult::response)
          .isEqualTo(first.results().stream().map(CaseResult::response).toList());
      SuiteResult summary = second.find("sim", "numbers").orElseThrow();
      assertThat(summary.latency().count()).isZero();
      assertThat(summary.cached()).isEqualTo(10);
      assertThat(summary.consistency()).isPresent();
    }
  }

  /** A model that answers from a function, for outputs a real server will not produce on demand. */
  static final class ScriptedProvider implements ChatProvider {
    private final Function<ChatRequest, CallOutcome> answer;

    ScriptedProvider(Function<ChatRequest, CallOutcome> answer) {
      this.answer = answer;
    }

    @Override
    public String label() {
      return "scripted";
    }

    @Override
    public String model() {
      return "scripted";
    }

    @Override
    public CallOutcome call(ChatRequest request) {
      return answer.apply(request);
    }

    @Override
    public StreamingCall stream(ChatRequest request, StreamListener listener) {
      throw new UnsupportedOperationException("eval does not stream");
    }

    @Override
    public List<String> listModels() {
      return List.of("scripted");
    }

    @Override
    public void close() {}
  }
}
