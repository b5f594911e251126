package dev.versus.eval;

import dev.versus.core.ManualNanoClock;
import dev.versus.core.NanoClock;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.gemini.GeminiClient;
import dev.versus.provider.openai.OpenAiClient;
import dev.versus.sim.AnswerKeys;
import dev.versus.sim.ErrorStyle;
import dev.versus.sim.Profile;
import dev.versus.sim.Profiles;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import java.util.List;

/** A real simulated server on a loopback port with the instant profile's timing and given faults. */
final class SimFixture implements AutoCloseable {
  final SimServer server;
  final ChatProvider provider;

  private SimFixture(SimServer server, ChatProvider provider) {
    this.server = server;
    this.provider = provider;
  }

  static SimFixture instant(Profile.Faults faults, NanoClock clock) {
    return instant(faults, clock, false);
  }

  /** With {@code gemini}, the client speaks the Gemini wire format (429 with RetryInfo.retryDelay). */
  static SimFixture instant(Profile.Faults faults, NanoClock clock, boolean gemini) {
    Profile base = Profiles.load("instant");
    Profile profile = new Profile("test-instant", List.of(), ErrorStyle.OPENAI, base.batching(),
        base.limits(), faults, base.memory(), base.quality());
    SimServer server = SimServer.start(SimModels.create(profile, 3, AnswerKeys.empty(), clock));
    ChatProvider client = gemini
        ? GeminiClient.create(ProviderConfig.of(server.baseUri(), "simulated", profile.name()))
        : OpenAiClient.create(ProviderConfig.of(server.openAiBaseUri(), "", profile.name()));
    return new SimFixture(server, client);
  }

  static SimFixture instant() {
    return instant(faults(0, 0), new ManualNanoClock(0));
  }

  /** No faults but a request quota per minute and a random 500 rate. */
  static Profile.Faults faults(int requestsPerMinute, double errorRate) {
    return new Profile.Faults(0, "", 0, requestsPerMinute, 0, errorRate, 0, 0, 0);
  }

  long requests() {
    return server.models().getFirst().stats().requestsTotal()
        + server.models().getFirst().stats().rejectedTotal();
  }

  @Override
  public void close() {
    provider.close();
    server.close();
  }
}
