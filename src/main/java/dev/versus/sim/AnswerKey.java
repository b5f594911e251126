package dev.versus.sim;

import dev.versus.core.Message;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the items of one eval suite in a request and knows their answers, so that a simulated
 * model can answer them with its profile's accuracy. Implementations must be thread-safe and cheap
 * (called once per request).
 */
@FunctionalInterface
public interface AnswerKey {

  /** The keyed item these messages ask, or empty when they are not one of this key's items. */
  Optional<KeyedItem> lookup(List<Message> messages);
}
