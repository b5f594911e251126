package dev.versus.sim;

import dev.versus.provider.ChatProvider;
import dev.versus.provider.ModelRef;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.ProviderRegistry;
import dev.versus.provider.gemini.GeminiClient;
import dev.versus.provider.openai.OpenAiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@code sim:PROFILE} model reference: the first reference to a profile starts an in-process
 * {@link SimServer} for it on a free loopback port, and every reference gets a real HTTP client to
 * that server — so a simulated model is measured through exactly the same client code as a real
 * one. Profiles named {@code gemini-*} are spoken to in the Gemini wire format, all others in the
 * OpenAI format (as their real counterparts are).
 *
 * <p>Close it to stop the servers it started.
 */
public final class SimProviders implements AutoCloseable {
  private final long seed;
  private final AnswerKeys answerKeys;
  private final Map<String, SimServer> servers = new ConcurrentHashMap<>();

  private SimProviders(long seed, AnswerKeys answerKeys) {
    this.seed = seed;
    this.answerKeys = answerKeys;
  }

  /** Simulated models with this content seed and these answer keys. */
  public static SimProviders create(long seed, AnswerKeys answerKeys) {
    return new SimProviders(seed, answerKeys);
  }

  /** Registers the {@code sim} scheme in a registry. */
  public SimProviders installInto(ProviderRegistry registry) {
    registry.register("sim", this::create);
    return this;
  }

  /** The server started for a profile name, if one was. */
  public Optional<SimServer> server(String profile) {
    return Optional.ofNullable(servers.get(profile));
  }

  private ChatProvider create(ModelRef ref, Function<String, String> env) {
    Profile profile = Profiles.load(ref.model());
    SimServer server =
        servers.computeIfAbsent(
            ref.model(), name -> SimServer.start(SimModels.create(profile, seed, answerKeys)));
    if (profile.name().startsWith("gemini")) {
      return GeminiClient.create(ProviderConfig.of(server.baseUri(), "simulated", profile.name()));
    }
    return OpenAiClient.create(ProviderConfig.of(server.openAiBaseUri(), "", profile.name()));
  }

  @Override
  public void close() {
    List<RuntimeException> failures = new ArrayList<>();
    servers.values().forEach(
        server -> {
          try {
            server.close();
          } catch (RuntimeException e) {
            failures.add(e);
          }
        });
    servers.clear();
    if (!failures.isEmpty()) {
      throw failures.getFirst();
    }
  }
}
