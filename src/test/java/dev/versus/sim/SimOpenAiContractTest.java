package dev.versus.sim;

import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.openai.OpenAiClient;
import java.net.URI;

/** The provider contract: the OpenAI client against the simulator, OpenAI-worded errors. */
class SimOpenAiContractTest extends SimContractTest {
  @Override
  protected WireFormat format() {
    return WireFormat.OPENAI;
  }

  @Override
  protected ErrorStyle errorStyle() {
    return ErrorStyle.OPENAI;
  }

  @Override
  protected ChatProvider newClient(ProviderConfig config) {
    return OpenAiClient.create(config);
  }

  @Override
  protected URI base(SimServer server) {
    return server.openAiBaseUri();
  }
}
