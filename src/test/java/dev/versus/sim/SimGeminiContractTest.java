package dev.versus.sim;

import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.gemini.GeminiClient;
import java.net.URI;

/** The provider contract: the Gemini client against the simulator's Gemini endpoints. */
class SimGeminiContractTest extends SimContractTest {
  @Override
  protected WireFormat format() {
    return WireFormat.GEMINI;
  }

  @Override
  protected ErrorStyle errorStyle() {
    return ErrorStyle.OPENAI;
  }

  @Override
  protected ChatProvider newClient(ProviderConfig config) {
    return GeminiClient.create(config);
  }

  @Override
  protected URI base(SimServer server) {
    return server.baseUri();
  }
}
