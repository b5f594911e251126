package dev.versus.sim;

import dev.versus.core.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answer keys a simulated model consults, by name; immutable. The eval suites register theirs
 * with {@link #with}; the first key that recognises a request answers it.
 */
public final class AnswerKeys {
  private static final AnswerKeys EMPTY = new AnswerKeys(Map.of());

  private final Map<String, AnswerKey> keys;

  private AnswerKeys(Map<String, AnswerKey> keys) {
    this.keys = keys;
  }

  /** No keys: every request gets filler text. */
  public static AnswerKeys empty() {
    return EMPTY;
  }

  /** The keys shipped with versus; empty until the eval suites register theirs. */
  public static AnswerKeys builtIn() {
    return EMPTY;
  }

  /** A copy with {@code key} registered under {@code name} (replacing a key of that name). */
  public AnswerKeys with(String name, AnswerKey key) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Map<String, AnswerKey> copy = new LinkedHashMap<>(keys);
    copy.put(name, key);
    return new AnswerKeys(Collections.unmodifiableMap(copy));
  }

  /** The registered names, in registration order. */
  public Set<String> names() {
    return keys.keySet();
  }

  /** The item these messages ask, from the first key that recognises them. */
  public Optional<KeyedItem> lookup(List<Message> messages) {
    for (AnswerKey key : keys.values()) {
      Optional<KeyedItem> item = key.lookup(messages);
      if (item.isPresent()) {
        return item;
      }
    }
    return Optional.empty();
  }
}
