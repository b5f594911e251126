package dev.versus.provider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact bytes and timing a {@link ScriptedHttpServer} route answers with: a status, headers,
 * then steps (each write is flushed as its own chunk), then a clean end or an abrupt cut.
 */
public record Script(
    Duration headerDelay, int status, Map<String, String> headers, List<Step> steps, boolean cut) {

  /** One step of a response body. */
  public sealed interface Step {}

  /** Writes and flushes these bytes. */
  public record Write(byte[] bytes) implements Step {}

  /** Writes nothing for this long (cut short when the server closes). */
  public record Pause(Duration duration) implements Step {}

  /**
   * Writes {@code bytes} every {@code interval} until a write fails (the client disconnected) or
   * {@code max} has passed.
   */
  public record Hold(byte[] bytes, Duration interval, Duration max) implements Step {}

  public Script {
    headers = Map.copyOf(headers);
    steps = List.copyOf(steps);
  }

  /** Starts a script answering with {@code status}. */
  public static Builder status(int status) {
    return new Builder(status);
  }

  /** A whole JSON body in one write. */
  public static Script json(int status, String body) {
    return status(status).header("Content-Type", "application/json").write(body).end();
  }

  /** Builds a {@link Script}. */
  public static final class Builder {
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private Duration headerDelay = Duration.ZERO;

    private Builder(int status) {
      this.status = status;
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder sse() {
      return header("Content-Type", "text/event-stream");
    }

    public Builder delayHeaders(Duration delay) {
      headerDelay = delay;
      return this;
    }

    public Builder write(String text) {
      return write(text.getBytes(StandardCharsets.UTF_8));
    }

    public Builder write(byte[] bytes) {
      steps.add(new Write(bytes.clone()));
      return this;
    }

    /** Writes {@code data: json} and a blank line, as one chunk. */
    public Builder event(String data) {
      return write("data: " + data + "\n\n");
    }

    public Builder pause(Duration duration) {
      steps.add(new Pause(duration));
      return this;
    }

    public Builder hold(String bytes, Duration interval) {
      steps.add(new Hold(bytes.getBytes(StandardCharsets.UTF_8), interval, Duration.ofSeconds(20)));
      return this;
    }

    /** Ends the body cleanly. */
    public Script end() {
      return new Script(headerDelay, status, headers, steps, false);
    }

    /** Declares a longer body than is written, then drops the connection mid-body. */
    public Script cut() {
      return new Script(headerDelay, status, headers, steps, true);
    }
  }
}
