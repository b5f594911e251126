package dev.versus.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming read of ordinary chunks, and the shapes it leaves to the tree path. */
class OpenAiChunkTest {

  @Test
  void contentChunk_givesTheIndexZeroChoice() {
    OpenAiChunk chunk = OpenAiChunk.read("{\"id\":\"c1\",\"object\":\"chat.completion.chunk\","
        + "\"created\":1,\"model\":\"m\",\"system_fingerprint\":null,\"choices\":[{\"index\":0,"
        + "\"delta\":{\"role\":\"assistant\",\"content\":\"hola \\\"mundo\\\"\\n🙂\","
        + "\"tool_calls\":[]},\"logprobs\":null,\"finish_reason\":null}]}").orElseThrow();

    assertThat(chunk.choices()).containsExactly(new OpenAiChunk.Choice("", "hola \"mundo\"\n🙂", ""));
    assertThat(chunk.usage().present()).isFalse();
  }

  @Test
  void reasoningAndCompletionsText_followTheDecoderRules() {
    // reasoning_content wins over reasoning; a completions "text" wins over delta.content
    OpenAiChunk chunk = OpenAiChunk.read("{\"choices\":[{\"index\":0,\"text\":\"t\","
        + "\"delta\":{\"reasoning\":\"r2\",\"reasoning_content\":\"r1\",\"content\":\"c\"},"
        + "\"finish_reason\":\"length\"},{\"index\":1,\"delta\":{\"content\":\"other\"}}]}")
        .orElseThrow();

    assertThat(chunk.choices()).containsExactly(new OpenAiChunk.Choice("r1", "t", "length"));
  }

  @Test
  void usageChunk_readsTokensAndReasoningDetails() {
    OpenAiChunk chunk = OpenAiChunk.read("{\"choices\":[],\"usage\":{\"prompt_tokens\":10,"
        + "\"completion_tokens\":16,\"total_tokens\":26,\"completion_tokens_details\":"
        + "{\"reasoning_tokens\":20,\"audio_tokens\":0},\"prompt_tokens_details\":null}}")
        .orElseThrow();

    assertThat(chunk.choices()).isEmpty();
    assertThat(chunk.usage()).isEqualTo(Usage.server(10, 16, 16)); // reasoning capped at output
  }

  @Test
  void unusualShapes_areLeftToTheTreePath() {
    for (String odd : List.of(
        "{\"error\":{\"message\":\"boom\"}}",
        "{\"object\":\"error\",\"message\":\"boom\",\"code\":500}",
        "{\"choices\":null}",
        "{\"choices\":{\"0\":{}}}",
        "{\"choices\":[\"x\"]}",
        "{\"choices\":[{\"index\":\"0\",\"delta\":{\"content\":\"a\"}}]}",
        "{\"choices\":[{\"delta\":{\"content\":7}}]}",
        "{\"choices\":[{\"delta\":null}]}",
        "{\"usage\":{\"prompt_tokens\":\"10\"}}",
        "{\"usage\":[]}",
        "[1,2]",
        "{\"choices\":[]} trailing",
        "{\"choices\":[{\"delta\":{\"content\":\"a\"}}",
        "not json")) {
      assertThat(OpenAiChunk.read(odd)).as(odd).isEmpty();
    }
  }
}
