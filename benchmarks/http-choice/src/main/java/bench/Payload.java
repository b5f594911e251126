package bench;

import java.nio.charset.StandardCharsets;

/** The bytes every candidate server sends: an OpenAI-style chunk stream and a small JSON body. */
final class Payload {
  private Payload() {}

  static final byte[] JSON =
      ("{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":"
              + "{\"role\":\"assistant\",\"content\":\"hello world\"},\"finish_reason\":\"stop\"}],"
              + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2,\"total_tokens\":7}}")
          .getBytes(StandardCharsets.UTF_8);

  static final byte[] EVENT =
      ("data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
              + "\"delta\":{\"content\":\" token\"},\"finish_reason\":null}]}\n\n")
          .getBytes(StandardCharsets.UTF_8);

  static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

  static int events(String query) {
    if (query != null && query.startsWith("n=")) {
      return Integer.parseInt(query.substring(2));
    }
    return 64;
  }
}
