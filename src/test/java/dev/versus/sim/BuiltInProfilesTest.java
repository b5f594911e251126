package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The built-in profiles behave as their files say (single-stream speed, TTFT, a throughput knee),
 * measured in virtual time with their own ±5% jitter.
 */
class BuiltInProfilesTest {

  /** Closed loop in virtual time: {@code clients} keep one request each in flight. */
  static double outputTokensPerSecond(Profile profile, int clients, int prompt, int output,
      int requests) {
    BatchScheduler scheduler = new BatchScheduler(profile.batching(), new SplittableRandom(5));
    long overhead = Math.round(profile.batching().apiOverheadMs() * 1e6);
    List<BatchSchedulerTest.Recorder> open = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      var sink = new BatchSchedulerTest.Recorder();
      open.add(sink);
      scheduler.enqueue(new Sequence(BatchSchedulerTest.plan(prompt, output, output), overhead,
          sink), 0);
    }
    int done = 0;
    long warmEnd = -1;
    long warmTokens = 0;
    while (done < requests) {
      long now = scheduler.nextEventAt();
      scheduler.advanceTo(now);
      for (int i = 0; i < open.size(); i++) {
        if (open.get(i).last) {
          done++;
          var sink = new BatchSchedulerTest.Recorder();
          open.set(i, sink);
          scheduler.enqueue(new Sequence(BatchSchedulerTest.plan(prompt, output, output),
              now + overhead, sink), now);
        }
      }
      if (warmEnd < 0 && done >= requests / 4) {
        warmEnd = now;
        warmTokens = scheduler.generatedTokens();
      }
    }
    long end = scheduler.nextEventAt();
    scheduler.advanceTo(end);
    return (scheduler.generatedTokens() - warmTokens) / ((end - warmEnd) / 1e9);
  }

  static BatchSchedulerTest.Recorder single(Profile profile, int prompt, int output) {
    BatchScheduler scheduler = new BatchScheduler(profile.batching(), new SplittableRandom(5));
    var sink = new BatchSchedulerTest.Recorder();
    long overhead = Math.round(profile.batching().apiOverheadMs() * 1e6);
    scheduler.enqueue(new Sequence(BatchSchedulerTest.plan(prompt, output, output), overhead,
        sink), 0);
    BatchSchedulerTest.runToEnd(scheduler);
    return sink;
  }

  @Test
  void maverick_oneStream_ttftAbout660msAndAbout110TokensPerSecond() {
    var sink = single(Profiles.load("llama-4-maverick"), 1_000, 500);
    double tokensPerSecond = 499 / ((sink.tokenTimes.getLast() - sink.firstAt()) / 1e9);

    assertThat(sink.firstAt() / 1e9).isCloseTo(0.66, within(0.01));
    assertThat(tokensPerSecond).isCloseTo(110, within(3.0));
  }

  @Test
  void flash_oneStream_about225TokensPerSecondInChunksOfEight() {
    var sink = single(Profiles.load("gemini-2.5-flash"), 1_000, 800);
    double tokensPerSecond = 792 / ((sink.tokenTimes.getLast() - sink.firstAt()) / 1e9);

    assertThat(sink.tokenTimes).hasSize(100);
    assertThat(tokensPerSecond).isCloseTo(225, within(6.0));
  }

  @Test
  void maverick_closedLoop_throughputBendsAndSaturatesAtMaxNumSeqs() {
    Profile maverick = Profiles.load("llama-4-maverick");
    double one = outputTokensPerSecond(maverick, 1, 512, 256, 8);
    double many = outputTokensPerSecond(maverick, 64, 512, 256, 256);
    double full = outputTokensPerSecond(maverick, 256, 512, 256, 1_024);
    double beyond = outputTokensPerSecond(maverick, 512, 512, 256, 2_048);

    assertThat(many).isGreaterThan(20 * one);
    assertThat(full).isGreaterThan(many);
    assertThat(beyond).isCloseTo(full, within(full * 0.05)); // the knee: more clients only queue
    assertThat(full).isLessThan(256 / (0.009 + 0.00012 * 256)); // slots / decode-only step time
  }
}
