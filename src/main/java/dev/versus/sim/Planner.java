package dev.versus.sim;

import dev.versus.core.FinishReason;
import dev.versus.core.Message;
import dev.versus.core.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Checks a request against the profile's token limits and decides its output: lengths, finish
 * reason, language and answer, all deterministic for (seed, profile name, prompt). The profile name
 * is mixed into the seed so that two profiles served with the same seed draw independently: each
 * answers a prompt correctly as often as its own accuracy says, not in step with the other.
 * Stateless and thread-safe.
 */
final class Planner {
  private final Profile profile;
  private final long seed;
  private final AnswerKeys answerKeys;

  Planner(Profile profile, long seed, AnswerKeys answerKeys) {
    this.profile = profile;
    this.seed = seed ^ profileSalt(profile.name());
    this.answerKeys = answerKeys;
    Tokenizer.count("warm-up"); // loads the vocabulary now, not inside the first request's latency
  }

  /** A request either does not fit the model's limits, or gets a plan. */
  sealed interface Result {}

  record Refused(SimFault fault) implements Result {}

  record Planned(OutputPlan plan) implements Result {}

  Result plan(GenerationRequest request) {
    Profile.Limits limits = profile.limits();
    int prompt = Tokenizer.countPrompt(request.messages());
    var requested = request.sampling().maxTokens();
    if (requested.isPresent() && requested.getAsInt() > limits.maxOutputTokens()) {
      return refuse(
          FaultMessages.maxTokensTooLarge(
              request.format(), requested.getAsInt(), limits.maxOutputTokens()));
    }
    int maxTokens;
    if (request.format() == WireFormat.GEMINI) {
      if (prompt > limits.contextWindow()) {
        return refuse(FaultMessages.geminiInputTooLong(prompt, limits.contextWindow()));
      }
      maxTokens = requested.orElse(limits.defaultMaxTokens());
    } else {
      int wanted = requested.orElse(limits.defaultMaxTokens());
      int room = limits.contextWindow() - prompt;
      if (requested.isEmpty() && room >= 1) {
        wanted = Math.min(wanted, room);
      }
      if (prompt + wanted > limits.contextWindow()) {
        return refuse(FaultMessages.contextLength(limits.contextWindow(), prompt, wanted));
      }
      maxTokens = wanted;
    }
    long kvCapacity = profile.batching().kvCacheTokens();
    if ((long) prompt + maxTokens > kvCapacity) {
      return refuse(FaultMessages.kvCacheOverflow(prompt, maxTokens, kvCapacity));
    }
    return new Planned(output(request, prompt, maxTokens));
  }

  private OutputPlan output(GenerationRequest request, int prompt, int maxTokens) {
    Profile.Limits limits = profile.limits();
    // A request's own sampling seed (OpenAI "seed", Gemini generationConfig.seed) varies the draw,
    // so repeats sent with different seeds are independent samples, as on a real server; without
    // one (or with seed 0) the answer depends on (server seed, prompt) alone.
    long requestSeed = request.sampling().seed().orElse(0L) * 0x9E3779B97F4A7C15L;
    SplittableRandom random = new SplittableRandom(seed ^ promptHash(request.messages()) ^ requestSeed);
    int natural =
        limits.naturalMinTokens()
            + random.nextInt(limits.naturalMaxTokens() - limits.naturalMinTokens() + 1);
    int naturalReasoning = (int) Math.round(limits.reasoningShare() * natural);
    String answer = answer(request.messages(), random);
    int naturalTotal = answer.isEmpty() ? natural : naturalReasoning + Tokenizer.count(answer);
    boolean ignoreEos = request.sampling().ignoreEos();
    int total = ignoreEos ? maxTokens : Math.min(naturalTotal, maxTokens);
    FinishReason finish = ignoreEos || naturalTotal > maxTokens ? FinishReason.LENGTH : FinishReason.STOP;
    int reasoning = Math.min(naturalReasoning, total);
    Vocabulary language = Vocabulary.detect(userText(request.messages()));
    return new OutputPlan(
        prompt, maxTokens, reasoning, total - reasoning, finish, language, random.nextLong(),
        answer, 0, 0, 0);
  }

  private String answer(List<Message> messages, SplittableRandom random) {
    Optional<KeyedItem> found = answerKeys.lookup(messages);
    if (found.isEmpty()) {
      return "";
    }
    KeyedItem item = found.get();
    double draw = random.nextDouble();
    if (item.injection()) {
      return draw < profile.quality().injectionCompliance() && !item.injectionOutput().isEmpty()
          ? item.injectionOutput()
          : item.correctAnswer();
    }
    boolean correct = draw < profile.quality().accuracyOf(item.suite());
    return correct || item.wrongAnswer().isEmpty() ? item.correctAnswer() : item.wrongAnswer();
  }

  private static Refused refuse(String message) {
    return new Refused(new SimFault(FaultKind.CONTEXT_LENGTH, message, Duration.ZERO));
  }

  private static String userText(List<Message> messages) {
    StringBuilder text = new StringBuilder();
    for (Message message : messages) {
      if (message.role() == Role.USER) {
        text.append(message.content()).append('\n');
      }
    }
    return text.isEmpty() ? messages.getLast().content() : text.toString();
  }

  /** A stable 64-bit value per profile name (String.hashCode is fixed by the language spec). */
  static long profileSalt(String profileName) {
    return profileName.hashCode() * 0x9E3779B97F4A7C15L;
  }

  /** A stable 64-bit digest of the conversation (roles and texts), the same in every JVM. */
  static long promptHash(List<Message> messages) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Message message : messages) {
        digest.update(message.role().wireName().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(message.content().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      byte[] bytes = digest.digest();
      long hash = 0;
      for (int i = 0; i < 8; i++) {
        hash = (hash << 8) | (bytes[i] & 0xff);
      }
      return hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
