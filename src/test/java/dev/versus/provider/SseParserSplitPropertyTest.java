package dev.versus.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Splitting a stream into reads at any byte must not change what the parser emits: for a corpus of
 * streams, every two-way split and many seeded random multi-way splits give the same events (and
 * the same {@code finish()} answer) as feeding the stream in one piece.
 */
class SseParserSplitPropertyTest {

  static List<String> corpus() {
    return List.of(
        "data: {\"choices\":[{\"delta\":{\"content\":\"Hola\"}}]}\n\ndata: [DONE]\n\n",
        "data: a\r\n\r\ndata: b\r\rdata: c\n\n: keep-alive\n\n",
        "event: error\r\nid: 42\r\ndata: line one\r\ndata: line two\r\n\r\n",
        "\uFEFFdata: bom first\n\n",
        "data: ñandú € 😀 日本語\n\ndata:😀\ndata:😀\n\n",
        ":comment only\n\n\n\ndata\n\ndata:\n\nretry: 10\n\n",
        "data: x\r\r\r\n\n\ndata: y\n\ndata: trailing partial",
        "data: cut mid event\ndata: second line",
        "id: a\u0000b\ndata: nul id ignored\n\n",
        "field-without-colon\ndata:no-space\n\ndata:  two spaces\n\n");
  }

  private record Parse(List<SseEvent> events, boolean incomplete) {}

  private static Parse parse(byte[] bytes, int[] cuts) {
    List<SseEvent> events = new ArrayList<>();
    SseParser parser = SseParser.create(events::add);
    int from = 0;
    for (int cut : cuts) {
      parser.feed(bytes, from, cut - from);
      from = cut;
    }
    parser.feed(bytes, from, bytes.length - from);
    return new Parse(events, parser.finish());
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void feed_everyTwoWaySplit_sameAsOneShot(String stream) {
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    Parse oneShot = parse(bytes, new int[0]);
    assertThat(oneShot.events().isEmpty() && !oneShot.incomplete()).as("corpus entry is trivial").isFalse();
    for (int cut = 0; cut <= bytes.length; cut++) {
      assertThat(parse(bytes, new int[] {cut})).as("split at %d", cut).isEqualTo(oneShot);
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void feed_randomMultiWaySplits_sameAsOneShot(String stream) {
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    Parse oneShot = parse(bytes, new int[0]);
    Random random = new Random(20261126L + stream.hashCode());
    for (int round = 0; round < 300; round++) {
      int pieces = 1 + random.nextInt(Math.min(bytes.length, 12));
      int[] cuts = random.ints(pieces, 0, bytes.length + 1).sorted().toArray();
      assertThat(parse(bytes, cuts)).as("round %d", round).isEqualTo(oneShot);
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void feed_oneByteAtATime_sameAsOneShot(String stream) {
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    int[] cuts = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      cuts[i] = i;
    }
    assertThat(parse(bytes, cuts)).isEqualTo(parse(bytes, new int[0]));
  }
}
