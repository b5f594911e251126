package dev.versus.eval;

import dev.versus.core.Message;
import dev.versus.core.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answer keys of the built-in suites, looked up by the fingerprint of the user prompt, for the
 * simulator (DESIGN §4): it answers {@code correct} with the profile's accuracy and {@code wrong}
 * otherwise (for injection items, {@code obey} with the profile's compliance rate).
 *
 * <p>Long-context prompts are recognised from their text and answered from the needle in them, so
 * they work for any seed and window. Immutable and thread-safe.
 */
public final class SuiteAnswerKeys {

  private final Map<String, AnswerEntry> byMatch;

  private SuiteAnswerKeys(Map<String, AnswerEntry> byMatch) {
    this.byMatch = Map.copyOf(byMatch);
  }

  /** Keys of every resource suite and of the shipped {@code math-matrices} suite (default seed). */
  public static SuiteAnswerKeys builtIn() {
    List<AnswerEntry> entries = new ArrayList<>();
    SuiteResources.NAMES.forEach(name -> entries.addAll(SuiteResources.keys(name)));
    entries.addAll(MatrixSuiteGenerator.create().answerKeys());
    return of(entries);
  }

  /** Keys from these entries; two entries with the same fingerprint are a bug in the data. */
  public static SuiteAnswerKeys of(Collection<AnswerEntry> entries) {
    Map<String, AnswerEntry> map = new LinkedHashMap<>();
    for (AnswerEntry e : entries) {
      AnswerEntry previous = map.putIfAbsent(e.match(), e);
      if (previous != null && !previous.equals(e)) {
        throw new IllegalArgumentException(
            "keys " + previous.id() + " and " + e.id() + " have the same prompt fingerprint " + e.match());
      }
    }
    return new SuiteAnswerKeys(map);
  }

  /** These keys plus more (for example a matrix suite generated with another seed). */
  public SuiteAnswerKeys with(Collection<AnswerEntry> more) {
    List<AnswerEntry> all = new ArrayList<>(byMatch.values());
    all.addAll(more);
    return of(all);
  }

  /** The key for this user prompt, if it is an item of a built-in suite. */
  public Optional<AnswerEntry> lookup(String userPrompt) {
    AnswerEntry entry = byMatch.get(fingerprint(userPrompt));
    return entry != null ? Optional.of(entry) : LongContextAnswers.answer(userPrompt);
  }

  /**
   * The key for a chat request: looked up by its last user message, the only text a key file
   * fingerprints (system prompts and earlier turns are ignored). Shaped for the simulator's
   * {@code AnswerKey} interface.
   */
  public Optional<AnswerEntry> lookup(List<Message> messages) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role() == Role.USER) {
        return lookup(messages.get(i).content());
      }
    }
    return Optional.empty();
  }

  /** Number of stored keys (long-context prompts are recognised, not stored). */
  public int size() {
    return byMatch.size();
  }

  /** SHA-256 of the stripped prompt in UTF-8, as 64 lower-case hex digits; the key files' {@code match}. */
  public static String fingerprint(String userPrompt) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(userPrompt.strip().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  static String longContextId(String fingerprintHex) {
    return LongContextSuiteGenerator.SUITE + "/" + fingerprintHex.substring(0, 16);
  }
}
