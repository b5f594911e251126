package dev.versus.provider;

import java.util.Objects;

/**
 * One dispatched Server-Sent Event.
 *
 * @param event the event type, {@code "message"} when the stream named none
 * @param data the data lines joined with {@code \n}
 * @param id the last event id seen on the stream, empty when none
 */
public record SseEvent(String event, String data, String id) {
  public SseEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(id, "id");
  }

  /** A {@code message} event with the given data and no id. */
  public static SseEvent message(String data) {
    return new SseEvent("message", data, "");
  }
}
