package dev.versus.sim;

import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderConfig;
import dev.versus.provider.openai.OpenAiClient;
import java.net.URI;

/** The provider contract: the OpenAI client against the simulator, vLLM-worded errors (integer codes). */
class SimVllmContractTest extends SimContractTest {
  @Override
  protected WireFormat format() {
    return WireFormat.OPENAI;
  }

  @Override
  protected ErrorStyle errorStyle() {
    return ErrorStyle.VLLM;
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
