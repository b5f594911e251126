package dev.versus.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

  private final List<SseEvent> events = new ArrayList<>();
  private final SseParser parser = SseParser.create(events::add);

  private void feed(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    parser.feed(bytes, 0, bytes.length);
  }

  @Test
  void feed_singleDataLine_dispatchesOnBlankLine() {
    feed("data: hello\n");
    assertThat(events).isEmpty();
    feed("\n");
    assertThat(events).containsExactly(SseEvent.message("hello"));
  }

  @Test
  void feed_multipleDataLines_joinedWithNewline() {
    feed("data: a\ndata:b\ndata:  c\n\n");
    assertThat(events).containsExactly(SseEvent.message("a\nb\n c"));
  }

  @Test
  void feed_allLineEndings_sameEvents() {
    feed("data: x\r\n\r\ndata: y\r\rdata: z\n\n");
    assertThat(events)
        .containsExactly(SseEvent.message("x"), SseEvent.message("y"), SseEvent.message("z"));
  }

  @Test
  void feed_crAtEndOfReadAndLfAtStartOfNext_oneLineEnding() {
    feed("data: x\r");
    feed("\n");
    assertThat(events).isEmpty();
    feed("\r");
    feed("\n");
    assertThat(events).containsExactly(SseEvent.message("x"));
  }

  @Test
  void feed_commentsAndUnknownFields_ignored() {
    feed(": keep-alive\n\n:another\nfoo: bar\ndata: kept\n\n");
    assertThat(events).containsExactly(SseEvent.message("kept"));
  }

  @Test
  void feed_eventAndId_carriedAndIdPersists() {
    feed("event: error\nid: 7\ndata: {}\n\ndata: next\n\n");
    assertThat(events)
        .containsExactly(new SseEvent("error", "{}", "7"), new SseEvent("message", "next", "7"));
  }

  @Test
  void feed_emptyDataField_dispatchesEmptyData() {
    feed("data\n\ndata:\n\n");
    assertThat(events).containsExactly(SseEvent.message(""), SseEvent.message(""));
  }

  @Test
  void feed_blankLineWithoutData_dispatchesNothing() {
    feed("event: ping\n\n\n\n");
    assertThat(events).isEmpty();
  }

  @Test
  void feed_retryField_recorded() {
    feed("retry: 1500\n\nretry: x\n\n");
    assertThat(parser.retryMillis()).isEqualTo(1500);
  }

  @Test
  void feed_byteOrderMarkAtStart_stripped() {
    parser.feed(new byte[] {(byte) 0xEF, (byte) 0xBB}, 0, 2);
    byte[] rest = "\u00BFdata: x\n\n".getBytes(StandardCharsets.ISO_8859_1);
    parser.feed(rest, 0, rest.length);
    assertThat(events).containsExactly(SseEvent.message("x"));
  }

  @Test
  void feed_multiByteCharacterSplitAcrossReads_decodedWhole() {
    byte[] bytes = "data: señal €😀\n\n".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      parser.feed(bytes, i, 1);
    }
    assertThat(events).containsExactly(SseEvent.message("señal €😀"));
  }

  @Test
  void feed_byteBuffer_consumesRemaining() {
    ByteBuffer buffer = ByteBuffer.wrap("xxdata: a\n\n".getBytes(StandardCharsets.UTF_8));
    buffer.position(2);
    parser.feed(buffer);
    assertThat(buffer.hasRemaining()).isFalse();
    assertThat(events).containsExactly(SseEvent.message("a"));
  }

  @Test
  void finish_incompleteEventPending_reportsTrueAndDiscards() {
    feed("data: done\n\ndata: partial\n");
    assertThat(parser.finish()).isTrue();
    assertThat(events).containsExactly(SseEvent.message("done"));
  }

  @Test
  void finish_unterminatedLine_reportsTrue() {
    feed("data: done\n\ndata: part");
    assertThat(parser.finish()).isTrue();
  }

  @Test
  void finish_cleanEnd_reportsFalse() {
    feed("data: done\n\n: bye\n");
    assertThat(parser.finish()).isFalse();
  }

  @Test
  void feed_lineOverLimit_throws() {
    SseParser small = SseParser.create(events::add, 8);
    byte[] bytes = "data: 0123456789\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> small.feed(bytes, 0, bytes.length))
        .isInstanceOf(ProviderException.class)
        .hasMessageContaining("8 bytes");
  }
}
