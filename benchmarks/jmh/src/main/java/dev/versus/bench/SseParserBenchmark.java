package dev.versus.bench;

import dev.versus.provider.SseEvent;
import dev.versus.provider.SseParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the shared SSE parser on a realistic OpenAI chunk stream (1 MiB, ~4,000 events),
 * fed in network-sized reads. Bytes per second = 1 MiB × ops/s (the benchmark reports ops/s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SseParserBenchmark {
  static final int STREAM_BYTES = 1 << 20;

  @Param({"16384", "1460"})
  public int readSize;

  private byte[] stream;

  @Setup
  public void setUp() {
    StringBuilder s = new StringBuilder(STREAM_BYTES + 512);
    int i = 0;
    while (s.length() < STREAM_BYTES) {
      s.append("data: {\"id\":\"chatcmpl-")
          .append(i)
          .append("\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,")
          .append("\"model\":\"llama-4-maverick\",\"choices\":[{\"index\":0,\"delta\":{\"content\":")
          .append("\" el modelo responde\"},\"finish_reason\":null}]}\r\n\r\n");
      if (i++ % 50 == 0) {
        s.append(": keep-alive\n\n");
      }
    }
    stream = s.substring(0, STREAM_BYTES).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public long parseOneMebibyte(Blackhole hole) {
    long[] events = new long[1];
    SseParser parser =
        SseParser.create(
            (SseEvent e) -> {
              events[0]++;
              hole.consume(e);
            });
    for (int off = 0; off < stream.length; off += readSize) {
      parser.feed(stream, off, Math.min(readSize, stream.length - off));
    }
    parser.finish();
    return events[0];
  }
}
