package dev.versus.sim;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ProviderError;
import dev.versus.core.SamplingParams;
import dev.versus.core.Usage;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ContractExpectation;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.ProviderContractTest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The provider contract against the simulator: each scenario is staged with profile settings (a
 * quota spent beforehand, a crash threshold crossed by a request submitted straight to the engine,
 * stalls and cuts with probability 1), and the expected answer is computed by a twin model with the
 * same profile and seed, so the client must deliver exactly what the engine generated. Failure
 * points are seeded but not scripted, so failures are checked loosely ({@link
 * ContractExpectation#loose()}). Scenarios the simulator cannot stage are skipped.
 */
abstract class SimContractTest extends ProviderContractTest {
  private static final long SEED = 7;
  private static final String MODEL = "contract-model";
  private static final String CRASH = "CUDA_ERROR_ILLEGAL_ADDRESS: simulated crash";

  /** The wire format the client under test speaks. */
  protected abstract WireFormat format();

  /** How the simulated server words OpenAI-format errors. */
  protected abstract ErrorStyle errorStyle();

  protected abstract ChatProvider newClient(ProviderConfig config);

  /** The base URL the client takes from a running server. */
  protected abstract URI base(SimServer server);

  // ---- profiles ----

  private record Stage(Profile profile, Duration keepAlive, ProviderError error) {}

  private static Profile.Limits answers(int naturalMin, int naturalMax, double reasoningShare) {
    return new Profile.Limits(100_000, 10_000, 1_000, naturalMin, naturalMax, reasoningShare);
  }

  private static Profile.Faults faults(int crashThreshold, int requestsPerMinute,
      double stallProbability, double cutProbability) {
    return new Profile.Faults(crashThreshold, crashThreshold > 0 ? CRASH : "", 60,
        requestsPerMinute, 0, 0, stallProbability, 20, cutProbability);
  }

  private static ProviderError error(ErrorClass errorClass, int status) {
    return new ProviderError(errorClass, status, "", "", Duration.ZERO);
  }

  private Profile profile(String name, double stepMs, Profile.Limits limits,
      Profile.Faults faults) {
    return new Profile(name, List.of(), errorStyle(),
        new Profile.Batching(8, 1_000_000, 10_000, 0, stepMs, 0, 2, 0), limits, faults,
        new Profile.Memory(1_000_000, 100), new Profile.Quality(Map.of("default", 1.0), 0));
  }

  private Stage stage(Scenario scenario, boolean streaming) {
    Duration quiet = Duration.ofSeconds(10);
    Profile.Faults none = faults(0, 0, 0, 0);
    Profile.Limits shortAnswer = answers(4, 8, 0);
    Profile.Limits longAnswer = answers(64, 512, 0);
    return switch (scenario) {
      case ANSWER, MODELS -> new Stage(profile(MODEL, 2, shortAnswer, none), quiet, null);
      case ANSWER_LENGTH -> new Stage(profile(MODEL, 2, longAnswer, none), quiet, null);
      case REASONING -> new Stage(profile(MODEL, 2, answers(10, 12, 0.5), none), quiet, null);
      case RATE_LIMITED -> new Stage(profile(MODEL, 2, shortAnswer, faults(0, 1, 0, 0)), quiet,
          error(ErrorClass.RATE_LIMITED, 429));
      case CONTEXT_LENGTH -> new Stage(
          profile(MODEL, 2, new Profile.Limits(12, 1_000, 8, 4, 8, 0), none), quiet,
          error(ErrorClass.CONTEXT_LENGTH, 400));
      case BACKEND_CRASH -> new Stage(profile(MODEL, 2, longAnswer, faults(1, 0, 0, 0)), quiet,
          error(ErrorClass.BACKEND_CRASH, 500));
      case UNAVAILABLE -> new Stage(profile(MODEL, 2, longAnswer, faults(1, 0, 0, 0)), quiet,
          error(ErrorClass.HTTP_5XX, 503));
      case BAD_REQUEST -> new Stage(profile("another-model", 2, shortAnswer, none), quiet,
          error(ErrorClass.HTTP_4XX, 404));
      case MID_STREAM_ERROR -> new Stage(profile(MODEL, 50, longAnswer, faults(1, 0, 0, 0)),
          quiet, error(ErrorClass.BACKEND_CRASH, 200));
      case CUT, END_EARLY -> new Stage(profile(MODEL, 2, longAnswer, faults(0, 0, 0, 1)), quiet,
          error(ErrorClass.STREAM_INTERRUPTED, 0));
      case STALL -> new Stage(profile(MODEL, 2, longAnswer, faults(0, 0, 1, 0)), quiet,
          error(ErrorClass.TIMEOUT, 0));
      case TRICKLE -> new Stage(profile(MODEL, 2, longAnswer, faults(0, 0, 1, 0)),
          Duration.ofMillis(50), error(ErrorClass.TIMEOUT, 0));
      case NOT_JSON -> null;
    };
  }

  @Override
  protected Endpoint open(Scenario scenario, boolean streaming) {
    Stage stage = stage(scenario, streaming);
    assumeTrue(stage != null, "the simulator cannot stage " + scenario);
    assumeTrue(streaming || scenario != Scenario.TRICKLE,
        "a non-streaming simulated answer writes nothing while generating");
    ContractExpectation expected = expectation(scenario, stage, streaming);
    SimModel model = SimModels.create(stage.profile(), SEED);
    SimServer server = SimServer.start(List.of(model),
        SimServerConfig.defaults().withKeepAliveInterval(stage.keepAlive()));
    List<Generation> held = new ArrayList<>();
    switch (scenario) {
      case RATE_LIMITED -> submitDirect(model, 2, false).close(); // spends the 1-per-minute quota
      case BACKEND_CRASH -> held.add(submitDirect(model, 2_000, true)); // the request crosses 1
      case UNAVAILABLE -> {
        held.add(submitDirect(model, 2_000, true));
        submitDirect(model, 2_000, true); // crosses the threshold: the server is now recovering
      }
      case MID_STREAM_ERROR -> Thread.ofVirtual().start(() -> {
        // once the streamed request has produced output, a second request crashes the engine
        if (poll(() -> model.stats().generationTokensTotal(), Duration.ofSeconds(5))) {
          held.add(submitDirect(model, 2_000, true));
        }
      });
      default -> { }
    }
    long requestsBefore = model.stats().requestsTotal();
    return new Endpoint() {
      @Override
      public ChatProvider client(Duration readTimeout, Duration totalTimeout) {
        return clientAt(base(server), readTimeout, totalTimeout);
      }

      @Override
      public ContractExpectation expected() {
        return expected;
      }

      @Override
      public boolean awaitDisconnect(Duration bound) {
        return poll(() -> model.stats().disconnectsTotal(), bound);
      }

      @Override
      public boolean awaitRequest(Duration bound) {
        return poll(() -> model.stats().requestsTotal() - requestsBefore, bound);
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  @Override
  protected ChatProvider clientAt(URI base, Duration readTimeout, Duration totalTimeout) {
    return newClient(new ProviderConfig(base, "sim-key", MODEL, Duration.ofSeconds(2),
        readTimeout, totalTimeout, Map.of()));
  }

  // ---- expectations ----

  private ContractExpectation expectation(Scenario scenario, Stage stage, boolean streaming) {
    if (scenario == Scenario.MODELS) {
      return ContractExpectation.models(List.of(MODEL));
    }
    if (scenario == Scenario.BAD_REQUEST || scenario == Scenario.RATE_LIMITED
        || scenario == Scenario.CONTEXT_LENGTH || scenario == Scenario.BACKEND_CRASH
        || scenario == Scenario.UNAVAILABLE) {
      return ContractExpectation.failure("", stage.error()).loose();
    }
    Twin twin = twin(stage.profile(), streaming);
    ContractExpectation answer = ContractExpectation.answer(
        twin.content(), streaming ? twin.chunks() : List.of(), twin.finish(), twin.usage())
        .withReasoning(twin.reasoning());
    if (stage.error() == null) {
      return answer;
    }
    return ContractExpectation.failure(twin.content(), stage.error()).loose();
  }

  private record Twin(String content, String reasoning, List<String> chunks, FinishReason finish,
      Usage usage) {}

  /** Runs the request on a fault-free model with the same profile and seed. */
  private Twin twin(Profile profile, boolean streaming) {
    Profile clean = new Profile(profile.name(), profile.servedNames(), profile.errorStyle(),
        profile.batching(), profile.limits(), faults(0, 0, 0, 0), profile.memory(),
        profile.quality());
    try (SimModel model = SimModels.create(clean, SEED)) {
      Admission admission = model.submit(new GenerationRequest(MODEL, request().messages(),
          request().sampling(), format(), streaming));
      if (!(admission instanceof Admission.Accepted(Generation generation))) {
        throw new IllegalStateException("the twin refused the request: " + admission);
      }
      StringBuilder content = new StringBuilder();
      StringBuilder reasoning = new StringBuilder();
      List<String> chunks = new ArrayList<>();
      try (generation) {
        while (true) {
          switch (generation.next()) {
            case GenerationEvent.Tokens tokens -> {
              content.append(tokens.content());
              reasoning.append(tokens.reasoning());
              if (!tokens.content().isEmpty()) {
                chunks.add(tokens.content());
              }
            }
            case GenerationEvent.Done done -> {
              return new Twin(content.toString(), reasoning.toString(), chunks, done.reason(),
                  done.usage());
            }
            case GenerationEvent.Failed failed ->
                throw new IllegalStateException("the twin failed: " + failed);
            case GenerationEvent.Cut cut -> throw new IllegalStateException("the twin was cut");
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running the twin", e);
      }
    }
  }

  /** Submits a request straight to the engine, bypassing HTTP. */
  private Generation submitDirect(SimModel model, int maxTokens, boolean ignoreEos) {
    Admission admission = model.submit(new GenerationRequest(MODEL, request().messages(),
        SamplingParams.defaults().withMaxTokens(maxTokens).withIgnoreEos(ignoreEos), format(),
        true));
    return switch (admission) {
      case Admission.Accepted accepted -> accepted.generation();
      case Admission.Rejected rejected -> new RejectedGeneration();
    };
  }

  /** Stands in for a request the engine refused, so staging code can close it uniformly. */
  private static final class RejectedGeneration implements Generation {
    @Override
    public int promptTokens() {
      return 0;
    }

    @Override
    public GenerationEvent next() {
      throw new IllegalStateException("refused");
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}
  }

  /** Polls until {@code counter} is positive or {@code bound} passes. */
  private static boolean poll(LongSupplier counter, Duration bound) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (counter.getAsLong() <= 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
