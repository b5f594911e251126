package dev.versus.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Whole (non-streamed) Gemini bodies: generateContent, countTokens and the model list. */
final class GeminiBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeminiBodies() {}

  static byte[] generateContent(ResponseIds.Stamp stamp, Transcript transcript) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + transcript.content().length());
    try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("candidates");
      json.writeStartObject();
      GeminiStream.writeContent(json, transcript.content(), transcript.reasoning());
      json.writeStringField("finishReason", transcript.done().reason().geminiName());
      json.writeNumberField("index", 0);
      json.writeEndObject();
      json.writeEndArray();
      json.writeFieldName("usageMetadata");
      GeminiStream.writeUsage(json, transcript.done().usage());
      GeminiStream.writeTrailer(json, stamp);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] countTokens(int tokens) {
    return OpenAiBodies.write(JSON.createObjectNode().put("totalTokens", tokens));
  }

  /** {@code GET /v1beta/models}: every served name as {@code models/NAME}. */
  static byte[] models(List<SimModel> models) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("models");
    for (SimModel model : models) {
      for (String name : model.servedNames()) {
        list.add(model(model, name));
      }
    }
    return OpenAiBodies.write(root);
  }

  static ObjectNode model(SimModel model, String name) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("name", "models/" + name);
    entry.put("displayName", model.name() + " (simulated)");
    entry.put("description", "versus simulator profile " + model.name());
    entry.putArray("supportedGenerationMethods").add("generateContent").add("countTokens");
    return entry;
  }
}
