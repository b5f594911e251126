package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.core.Usage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {
  @TempDir Path tmp;

  @Test
  void key_differsByModelSamplingPromptAndRepeat() {
    List<Message> m = List.of(Message.user("hola"));
    SamplingParams s = SamplingParams.defaults();
    String base = ResponseCache.key("a", s, m, 0);
    assertThat(ResponseCache.key("a", s, m, 0)).isEqualTo(base);
    assertThat(ResponseCache.key("b", s, m, 0)).isNotEqualTo(base);
    assertThat(ResponseCache.key("a", s.withTemperature(0.5), m, 0)).isNotEqualTo(base);
    assertThat(ResponseCache.key("a", s, List.of(Message.user("hola!")), 0)).isNotEqualTo(base);
    assertThat(ResponseCache.key("a", s, List.of(Message.system("hola")), 0)).isNotEqualTo(base);
    assertThat(ResponseCache.key("a", s, m, 1)).isNotEqualTo(base);
  }

  @Test
  void open_afterClose_servesStoredAnswersAndSkipsADamagedLine() throws Exception {
    Path file = tmp.resolve("sub/cache.jsonl");
    try (ResponseCache cache = ResponseCache.open(file)) {
      cache.put("k1", new CachedResponse("uno", "", Usage.server(3, 1, 0)));
      cache.put("k2", new CachedResponse("dos", "pensando", Usage.none()));
    }
    Files.writeString(file, "{\"key\": \"k3\", \"conte", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (ResponseCache cache = ResponseCache.open(file)) {
      assertThat(cache.find("k1")).contains(new CachedResponse("uno", "", Usage.server(3, 1, 0)));
      assertThat(cache.find("k2").orElseThrow().usage().present()).isFalse();
      assertThat(cache.find("k3")).isEmpty();
    }
  }
}
