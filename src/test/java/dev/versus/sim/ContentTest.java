package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.FinishReason;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Output lengths, usage and text of the batching engine. */
class ContentTest {
  private static final String PROMPT = "Explain what a KV cache is and why it matters.";

  @Test
  void submit_ignoreEos_emitsExactlyMaxTokensWithExactUsage() throws InterruptedException {
    EngineHarness engine = new EngineHarness(TestProfiles.timed());
    var transcript = engine.run(TestProfiles.request(PROMPT, 300, true));

    assertThat(transcript.tokens()).isEqualTo(300);
    assertThat(transcript.done().reason()).isEqualTo(FinishReason.LENGTH);
    assertThat(transcript.done().usage().outputTokens()).isEqualTo(300);
    assertThat(Tokenizer.count(transcript.content())).isEqualTo(300);
    int expectedPrompt = Tokenizer.count(PROMPT) + Tokenizer.PER_MESSAGE_OVERHEAD
        + Tokenizer.REPLY_PRIMING;
    assertThat(transcript.done().usage().promptTokens()).isEqualTo(expectedPrompt);
    assertThat(engine.model.countTokens(List.of(Message.user(PROMPT)))).isEqualTo(expectedPrompt);
  }

  @Test
  void submit_maxTokensBelowNaturalLength_capsWithLength() throws InterruptedException {
    var transcript = new EngineHarness(TestProfiles.timed())
        .run(TestProfiles.request(PROMPT, 10, false));

    assertThat(transcript.tokens()).isEqualTo(10);
    assertThat(transcript.done().reason()).isEqualTo(FinishReason.LENGTH);
    assertThat(Tokenizer.count(transcript.content())).isEqualTo(10);
  }

  @Test
  void submit_generousMaxTokens_stopsAtNaturalLength() throws InterruptedException {
    var transcript = new EngineHarness(TestProfiles.timed())
        .run(TestProfiles.request(PROMPT, 5_000, false));

    assertThat(transcript.done().reason()).isEqualTo(FinishReason.STOP);
    assertThat(transcript.tokens()).isBetween(64, 512);
    assertThat(transcript.done().usage().outputTokens()).isEqualTo(transcript.tokens());
    assertThat(Tokenizer.count(transcript.content())).isEqualTo(transcript.tokens());
    assertThat(transcript.content()).endsWith(".").doesNotStartWith(" ");
  }

  @Test
  void submit_noMaxTokens_usesProfileDefault() throws InterruptedException {
    var request = TestProfiles.request(PROMPT, SamplingParams.defaults().withIgnoreEos(true));
    var transcript = new EngineHarness(TestProfiles.timed()).run(request);

    assertThat(transcript.tokens()).isEqualTo(TestProfiles.limits().defaultMaxTokens());
  }

  @Test
  void submit_reasoningProfile_thinksFirstAndCountsReasoningInsideOutput()
      throws InterruptedException {
    Profile thinking = TestProfiles.with(TestProfiles.timed(),
        new Profile.Limits(100_000, 10_000, 1_000, 64, 512, 0.5));
    EngineHarness engine = new EngineHarness(thinking);
    var events = engine.drain(engine.accept(TestProfiles.request(PROMPT, 5_000, false)));
    var transcript = EngineHarness.Transcript.of(events);
    var usage = transcript.done().usage();

    assertThat(usage.reasoningTokens()).isPositive();
    assertThat(usage.reasoningTokens()).isEqualTo(Tokenizer.count(transcript.reasoning()));
    assertThat(usage.outputTokens() - usage.reasoningTokens())
        .isEqualTo(Tokenizer.count(transcript.content()));
    var first = (GenerationEvent.Tokens) events.getFirst().event();
    assertThat(first.reasoning()).isNotEmpty();
    assertThat(first.content()).isEmpty();
  }

  @Test
  void submit_samePromptAndSeed_sameText_otherSeedOtherText() throws InterruptedException {
    var request = TestProfiles.request(PROMPT, 200, true);
    String first = new EngineHarness(TestProfiles.timed(), 7, AnswerKeys.empty()).run(request).content();
    String again = new EngineHarness(TestProfiles.timed(), 7, AnswerKeys.empty()).run(request).content();
    String otherSeed =
        new EngineHarness(TestProfiles.timed(), 8, AnswerKeys.empty()).run(request).content();
    String otherPrompt = new EngineHarness(TestProfiles.timed(), 7, AnswerKeys.empty())
        .run(TestProfiles.request(PROMPT + "?", 200, true)).content();

    assertThat(again).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
    assertThat(otherPrompt).isNotEqualTo(first);
  }

  @Test
  void submit_spanishPrompt_answersWithSpanishWords() throws InterruptedException {
    var request = TestProfiles.request(
        "¿Cuál es la diferencia entre un modelo denso y uno de mezcla de expertos?", 200, true);
    String content = new EngineHarness(TestProfiles.timed()).run(request).content();

    List<String> words = List.of(content.replace(".", " ").trim().split("\\s+"));
    assertThat(words).allSatisfy(word -> assertThat(
        Vocabulary.SPANISH.words().contains(word) || Vocabulary.SPANISH.openers().contains(word))
        .as(word).isTrue());
  }

  @Test
  void next_slowReader_chunksMergeIntoABoundedQueue() throws InterruptedException {
    EngineHarness engine = new EngineHarness(TestProfiles.timed());
    var generation = (ScheduledGeneration) engine.accept(TestProfiles.request(PROMPT, 500, true));
    while (engine.model.nextEventAt() != BatchScheduler.IDLE) {
      engine.clock.advance(java.time.Duration.ofNanos(engine.model.nextEventAt()
          - engine.clock.nanoTime()));
      engine.model.pump(); // the reader is away: 500 steps deliver into the queue
    }

    int events = 0;
    int tokens = 0;
    StringBuilder content = new StringBuilder();
    GenerationEvent event;
    while ((event = generation.next()) instanceof GenerationEvent.Tokens chunk) {
      events++;
      tokens += chunk.tokens();
      content.append(chunk.content());
    }

    assertThat(events).isEqualTo(ScheduledGeneration.QUEUE_CAPACITY);
    assertThat(tokens).isEqualTo(500);
    assertThat(Tokenizer.count(content.toString())).isEqualTo(500);
    assertThat(event).isInstanceOf(GenerationEvent.Done.class);
  }

  @Test
  void submit_keyedItemOnThinkingProfile_thinksThenAnswers() throws InterruptedException {
    Profile thinking = TestProfiles.with(TestProfiles.timed(),
        new Profile.Limits(100_000, 10_000, 1_000, 64, 512, 0.5));
    var engine = new EngineHarness(thinking, 3, AnswerKeysTest.KEYS);
    var transcript = engine.run(TestProfiles.request("What is 6 times 7?", 5_000, false));

    assertThat(transcript.content()).isEqualTo("#### 42");
    assertThat(transcript.done().usage().reasoningTokens())
        .isEqualTo(Tokenizer.count(transcript.reasoning()))
        .isBetween(32, 256);
  }
}
