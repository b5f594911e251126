package dev.versus.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes small JSON documents on the request path with Jackson's streaming generator, without
 * building a tree first: the response chunks, the guard's verdict and the logged prompt are
 * written once per request (or per chunk), where building and serialising a tree cost several
 * times as much.
 */
final class JsonWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonWriter() {}

  /** What writes one document into a generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** The document as UTF-8 bytes, after {@code prefix} and before {@code suffix} (ASCII). */
  static byte[] bytes(String prefix, Body body, String suffix) {
    ByteArrayBuilder out = new ByteArrayBuilder(256);
    ascii(out, prefix);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON into memory", e);
    }
    ascii(out, suffix);
    return out.toByteArray();
  }

  /** The document as a string. */
  static String text(Body body) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON into memory", e);
    }
    return out.toString();
  }

  private static void ascii(ByteArrayBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      out.append(text.charAt(i));
    }
  }
}
