package dev.versus.gateway;

import dev.versus.core.ChatRequest;
import java.util.Objects;

/**
 * A client's chat completion request after parsing.
 *
 * @param chat the request in the neutral form; its model is the route name until a backend is
 *     chosen
 * @param stream whether the client asked for server-sent events
 * @param includeUsage whether the client asked for the usage chunk ({@code stream_options})
 * @param user the OpenAI {@code user} field, empty when absent
 */
record ClientRequest(ChatRequest chat, boolean stream, boolean includeUsage, String user) {
  ClientRequest {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
  }

  /** The route the client named. */
  String route() {
    return chat.model();
  }

  /** All message contents joined by newlines, for routing rules and the guard. */
  String promptText() {
    StringBuilder text = new StringBuilder();
    chat.messages().forEach(m -> text.append(m.content()).append('\n'));
    return text.toString();
  }
}
