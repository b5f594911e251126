package dev.versus.eval;

import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Model answers by (model, sampling parameters, rendered prompt, repeat index), so that a rerun
 * costs nothing (DESIGN §6). Only completed answers are stored; latency is never stored. Thread-safe.
 */
public interface ResponseCache extends AutoCloseable {

  /** The stored answer for {@code key}, if any. */
  Optional<CachedResponse> find(String key);

  /** Stores an answer (replacing any under the same key). */
  void put(String key, CachedResponse response);

  /**
   * Whether this cache stores anything; when not, callers may skip computing keys (a SHA-256 over
   * the whole prompt per call).
   */
  default boolean enabled() {
    return true;
  }

  /** Makes stored answers durable and releases the file. */
  @Override
  void close();

  /** A cache that stores nothing ({@code --no-cache}). */
  static ResponseCache none() {
    return NoCache.INSTANCE;
  }

  /**
   * A cache in a JSONL file (created with its folders when absent; read fully when opened, then
   * appended to). A damaged line is skipped, so a file cut by a crash still serves the rest.
   *
   * @throws EvalException when the file cannot be read or created
   */
  static ResponseCache open(Path file) {
    return JsonlResponseCache.open(file);
  }

  /**
   * The cache key: SHA-256 over the model reference, every sampling parameter, the messages as
   * sent (roles and texts) and the repeat index, as 64 hex digits.
   */
  static String key(String model, SamplingParams sampling, List<Message> messages, int repeat) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, "v1");
      update(sha, model);
      update(sha, sampling.toString());
      for (Message m : messages) {
        update(sha, m.role().wireName());
        update(sha, m.content());
      }
      update(sha, Integer.toString(repeat));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  private static void update(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }
}
