package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.FinishReason;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.core.Usage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/** The flush policy and failure handling of the SSE pump, on a counting stream (no server). */
class StreamPumpTest {
  private static final ResponseIds.Stamp STAMP = new ResponseIds.Stamp("chatcmpl-x", 1, "m");

  /** Counts flushes; fails every write after {@code failAfterWrites}. */
  private static final class CountingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final int failAfterWrites;
    int writes;
    int flushes;

    CountingStream(int failAfterWrites) {
      this.failAfterWrites = failAfterWrites;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (++writes > failAfterWrites) {
        throw new IOException("Broken pipe");
      }
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushes++;
    }
  }

  private static Generation generation(ScriptedModel model, int maxTokens) {
    GenerationRequest request =
        new GenerationRequest(
            "m",
            List.of(Message.user("hi")),
            SamplingParams.defaults().withMaxTokens(maxTokens),
            WireFormat.OPENAI,
            true);
    return ((Admission.Accepted) model.submit(request)).generation();
  }

  @Test
  void readyEvents_areBatchedIntoFewFlushes() throws IOException {
    ScriptedModel model = ScriptedModel.plain("m");
    CountingStream out = new CountingStream(Integer.MAX_VALUE);

    StreamPump.Outcome outcome =
        StreamPump.pump(
            generation(model, 5000),
            new SseWriter(out),
            new OpenAiStream(STAMP, true, false, ErrorStyle.OPENAI),
            Duration.ofSeconds(1));

    assertThat(outcome).isEqualTo(StreamPump.Outcome.COMPLETED);
    assertThat(out.bytes.toString(StandardCharsets.UTF_8)).endsWith("data: [DONE]\n\n");
    assertThat(out.flushes).as("flushes for 5,000 ready events").isLessThan(500);
  }

  @Test
  void eventsThatAreNotReady_areFlushedOneByOne() throws Exception {
    ScriptedModel model = ScriptedModel.plain("m");
    BlockingQueue<GenerationEvent> feed = model.feedNext();
    Generation generation = generation(model, 1);
    CountingStream out = new CountingStream(Integer.MAX_VALUE);
    Thread feeder =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    for (int i = 0; i < 5; i++) {
                      Thread.sleep(30);
                      feed.add(new GenerationEvent.Tokens("t" + i, "", 1));
                    }
                    Thread.sleep(30);
                    feed.add(new GenerationEvent.Done(FinishReason.STOP, Usage.server(1, 5, 0)));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });

    StreamPump.pump(
        generation,
        new SseWriter(out),
        new OpenAiStream(STAMP, true, false, ErrorStyle.OPENAI),
        Duration.ofSeconds(5));
    feeder.join();

    assertThat(out.flushes).as("one flush per due event, plus the end").isGreaterThanOrEqualTo(6);
  }

  @Test
  void failedWrite_cancelsGenerationAtOnce() throws IOException {
    ScriptedModel model = ScriptedModel.plain("m");
    BlockingQueue<GenerationEvent> feed = model.feedNext();
    for (int i = 0; i < 10; i++) {
      feed.add(new GenerationEvent.Tokens("t", "", 1));
    }
    CountingStream out = new CountingStream(2);

    StreamPump.Outcome outcome =
        StreamPump.pump(
            generation(model, 1),
            new SseWriter(out),
            new OpenAiStream(STAMP, true, false, ErrorStyle.OPENAI),
            Duration.ofSeconds(5));

    assertThat(outcome).isEqualTo(StreamPump.Outcome.DISCONNECTED);
    assertThat(model.cancels.get()).isEqualTo(1);
    assertThat(model.running.get()).isZero();
  }

  @Test
  void engineThrowing_becomesAnInStreamInternalError() throws IOException {
    Generation broken =
        new Generation() {
          @Override
          public int promptTokens() {
            return 1;
          }

          @Override
          public GenerationEvent next() {
            throw new IllegalStateException("engine bug");
          }

          @Override
          public void cancel() {}

          @Override
          public void close() {}
        };
    CountingStream out = new CountingStream(Integer.MAX_VALUE);

    StreamPump.Outcome outcome =
        StreamPump.pump(
            broken,
            new SseWriter(out),
            new OpenAiStream(STAMP, true, false, ErrorStyle.OPENAI),
            Duration.ofSeconds(5));

    assertThat(outcome).isEqualTo(StreamPump.Outcome.FAILED);
    assertThat(out.bytes.toString(StandardCharsets.UTF_8))
        .startsWith("data: {\"error\":")
        .contains("engine bug");
  }
}
