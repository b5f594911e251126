package dev.versus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.versus.core.Usage;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The response cache as a JSONL file, one {@code {"key", "content", "reasoning", "usage": {...}}}
 * per line: all read into memory when opened, new answers appended (later lines win).
 */
final class JsonlResponseCache implements ResponseCache {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, CachedResponse> entries;
  private final BufferedWriter writer;

  private JsonlResponseCache(Path file, Map<String, CachedResponse> entries, BufferedWriter writer) {
    this.file = file;
    this.entries = entries;
    this.writer = writer;
  }

  static JsonlResponseCache open(Path file) {
    Map<String, CachedResponse> entries = new ConcurrentHashMap<>();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.exists(file)) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            read(line).ifPresent(e -> entries.put(e.getKey(), e.getValue()));
          }
        }
      }
      BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return new JsonlResponseCache(file, entries, writer);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot open the response cache: " + e.getMessage(), e);
    }
  }

  private static Optional<Map.Entry<String, CachedResponse>> read(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      JsonNode u = n.path("usage");
      Usage usage = u.path("source").asText("none").equals("none")
          ? Usage.none()
          : new Usage(u.path("prompt").asInt(), u.path("output").asInt(), u.path("reasoning").asInt(),
              Usage.Source.valueOf(u.path("source").asText().toUpperCase(java.util.Locale.ROOT)));
      String key = n.path("key").asText("");
      if (key.isEmpty() || !n.path("content").isTextual()) {
        return Optional.empty();
      }
      return Optional.of(Map.entry(key,
          new CachedResponse(n.path("content").asText(), n.path("reasoning").asText(""), usage)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a line cut by a crash: skip it, the rest still serves
    }
  }

  @Override
  public Optional<CachedResponse> find(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public void put(String key, CachedResponse response) {
    entries.put(key, response);
    ObjectNode n = JSON.createObjectNode();
    n.put("key", key);
    n.put("content", response.content());
    n.put("reasoning", response.reasoning());
    ObjectNode u = n.putObject("usage");
    Usage usage = response.usage();
    u.put("source", usage.source().name().toLowerCase(java.util.Locale.ROOT));
    u.put("prompt", usage.promptTokens());
    u.put("output", usage.outputTokens());
    u.put("reasoning", usage.reasoningTokens());
    synchronized (writer) {
      try {
        writer.write(n.toString());
        writer.newLine();
      } catch (IOException e) {
        throw new UncheckedIOException("writing the response cache " + file, e);
      }
    }
  }

  @Override
  public void close() {
    synchronized (writer) {
      try {
        writer.close();
      } catch (IOException e) {
        throw new UncheckedIOException("closing the response cache " + file, e);
      }
    }
  }
}
