package dev.versus.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random streams built from the tokens that matter to SSE (field names, colons, spaces, every line
 * ending, multi-byte characters), fed in random pieces, must give the same events as a slow
 * reference parser written straight from the WHATWG text over the decoded string. Seeded.
 */
class SseParserOracleTest {
  private static final String[] TOKENS = {
    "data:", "data: ", "data", "event:", "event: x", "id:", "id: 9", ":", ": ping", "retry: 5",
    "\r", "\n", "\r\n", "\n\n", "\r\n\r\n", " ", "x", "ñ", "€", "😀", "{\"a\":1}", "[DONE]", "\u0000"
  };

  @Test
  void feed_randomStreamsRandomSplits_matchReferenceParser() {
    Random random = new Random(424242);
    for (int stream = 0; stream < 2_000; stream++) {
      StringBuilder text = new StringBuilder();
      if (random.nextInt(10) == 0) {
        text.append('\uFEFF');
      }
      int tokens = random.nextInt(40);
      for (int t = 0; t < tokens; t++) {
        text.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      List<SseEvent> actual = new ArrayList<>();
      SseParser parser = SseParser.create(actual::add);
      int from = 0;
      while (from < bytes.length) {
        int len = Math.min(bytes.length - from, random.nextInt(8));
        parser.feed(bytes, from, len);
        from += len;
      }
      parser.finish();
      assertThat(actual).as("stream %d: %s", stream, text).isEqualTo(reference(text.toString()));
    }
  }

  /** The WHATWG event-stream interpretation, literally, on a decoded string. */
  private static List<SseEvent> reference(String stream) {
    String text = stream.startsWith("\uFEFF") ? stream.substring(1) : stream;
    List<SseEvent> events = new ArrayList<>();
    StringBuilder data = new StringBuilder();
    String type = "";
    String lastId = "";
    int pos = 0;
    while (true) {
      int end = pos;
      while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
        end++;
      }
      if (end == text.length()) {
        return events; // an unterminated last line is never processed
      }
      String line = text.substring(pos, end);
      pos = end + (text.startsWith("\r\n", end) ? 2 : 1);
      if (line.isEmpty()) {
        if (data.length() > 0) {
          String value = data.substring(0, data.length() - 1);
          events.add(new SseEvent(type.isEmpty() ? "message" : type, value, lastId));
        }
        data.setLength(0);
        type = "";
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "data" -> data.append(value).append('\n');
        case "event" -> type = value;
        case "id" -> {
          if (!value.contains("\u0000")) {
            lastId = value;
          }
        }
        default -> { }
      }
    }
  }
}
