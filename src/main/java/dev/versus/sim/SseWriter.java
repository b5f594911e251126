package dev.versus.sim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes server-sent events ({@code data: <json>\n\n}) to a response body without flushing; {@link
 * StreamPump} decides when to flush. One per stream, single-threaded. One JSON generator serves the
 * whole stream (each event is one root-level value, with no separator between them).
 */
final class SseWriter {
  private static final JsonFactory JSON = new ObjectMapper().getFactory();
  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final ByteArrayOutputStream event = new ByteArrayOutputStream(512);
  private final JsonGenerator json;

  SseWriter(OutputStream out) throws IOException {
    this.out = out;
    this.json = JSON.createGenerator(event).setRootValueSeparator(null);
  }

  /** Starts a {@code data:} event and returns the generator to write its one JSON value with. */
  JsonGenerator begin() throws IOException {
    event.reset();
    event.write(DATA);
    return json;
  }

  /** Ends the event started by {@link #begin()} and hands it to the response body. */
  void end() throws IOException {
    json.flush();
    event.write(END);
    event.writeTo(out);
  }

  /** A {@code data: <text>} event with a literal payload, e.g. {@code [DONE]}. */
  void literal(String payload) throws IOException {
    out.write(DATA);
    out.write(payload.getBytes(StandardCharsets.UTF_8));
    out.write(END);
  }

  /** An SSE comment that clients ignore; keeps the connection busy and reveals a gone client. */
  void keepAlive() throws IOException {
    out.write(KEEP_ALIVE);
  }

  void flush() throws IOException {
    out.flush();
  }
}
