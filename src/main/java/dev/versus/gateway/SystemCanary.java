package dev.versus.gateway;

import dev.versus.core.ChatRequest;
import dev.versus.core.Message;
import dev.versus.core.Role;
import dev.versus.guard.Canary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places a request's canary token in its system prompt (DESIGN §7), where a response that repeats
 * the system prompt will carry it. A request without a system message gets none: there is no
 * prompt of the operator's to leak, and adding one would change what the model is told.
 */
final class SystemCanary {
  private SystemCanary() {}

  /** The request with the canary line appended to its first system message, or empty. */
  static Optional<ChatRequest> insert(ChatRequest chat, Canary canary) {
    List<Message> messages = new ArrayList<>(chat.messages());
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.role() == Role.SYSTEM) {
        messages.set(i, new Message(m.role(), canary.embedIn(m.content())));
        return Optional.of(new ChatRequest(chat.model(), messages, chat.sampling()));
      }
    }
    return Optional.empty();
  }
}
