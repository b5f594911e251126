package dev.versus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ConfigDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's API keys. A key reads {@code vs-ID-SECRET}; the file stores only the id and the
 * SHA-256 of the whole key (keys are 32 random bytes, so a fast hash is enough — the same choice as
 * GitHub's tokens), and lookups compare hashes in constant time. Logs carry the hash of the id only.
 *
 * <p>Keys file (YAML):
 *
 * <pre>
 * keys:
 *   - { id: team-a, sha256: 5e88…, routes: ["*"], backends: [flash], requests-per-minute: 600 }
 *   - { id: ops, sha256: 9f86…, routes: ["*"], admin: true }
 * </pre>
 */
public final class ApiKeys {
  private static final HexFormat HEX = HexFormat.of();
  private final Map<String, ApiKey> byId;

  private ApiKeys(Map<String, ApiKey> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** Keys built in code. */
  public static ApiKeys of(List<ApiKey> keys) {
    Map<String, ApiKey> byId = new HashMap<>();
    keys.forEach(k -> byId.put(k.id(), k));
    return new ApiKeys(byId);
  }

  /** Reads a keys file; errors name the file, line and field. */
  public static ApiKeys read(Path file) {
    ConfigDocument doc = ConfigDocument.read(file, System::getenv);
    JsonNode keys = doc.root().path("keys");
    if (!keys.isArray()) {
      throw doc.error("keys", "expected a list of keys ({ id, sha256, routes })");
    }
    List<ApiKey> parsed = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String path = "keys[" + i + "]";
      JsonNode k = keys.get(i);
      try {
        parsed.add(
            new ApiKey(
                k.path("id").asText(""),
                k.path("sha256").asText(""),
                strings(k.path("routes"), List.of("*")),
                strings(k.path("backends"), List.of()),
                k.path("requests-per-minute").asInt(0),
                k.path("admin").asBoolean(false)));
      } catch (IllegalArgumentException e) {
        throw doc.error(path + ".sha256", e.getMessage());
      }
      if (parsed.getLast().id().isBlank()) {
        throw doc.error(path + ".id", "is required");
      }
    }
    return of(parsed);
  }

  private static List<String> strings(JsonNode node, List<String> fallback) {
    if (!node.isArray()) {
      return fallback;
    }
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The key a presented secret belongs to; empty when unknown or wrong. */
  public Optional<ApiKey> authenticate(String presented) {
    String id = idOf(presented);
    ApiKey key = byId.get(id);
    byte[] actual = sha256(presented);
    byte[] expected = key == null ? new byte[32] : HEX.parseHex(key.sha256());
    boolean match = MessageDigest.isEqual(actual, expected); // constant time
    return match && key != null ? Optional.of(key) : Optional.empty();
  }

  /** Whether any key is configured (an empty set means an open, loopback-only gateway). */
  public boolean isEmpty() {
    return byId.isEmpty();
  }

  /** Creates a new random key for an id: returns the secret (shown once) and its entry. */
  public static Map.Entry<String, ApiKey> generate(String id, SecureRandom random) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String key = "vs-" + id + "-" + HEX.formatHex(secret);
    return Map.entry(key, new ApiKey(id, HEX.formatHex(sha256(key)), List.of("*"), List.of(), 0, false));
  }

  /** The hash logged for a key id (never the key). */
  public static String logHash(String keyId) {
    return keyId.isEmpty() ? "" : HEX.formatHex(sha256(keyId)).substring(0, 32);
  }

  static String idOf(String presented) {
    if (!presented.startsWith("vs-")) {
      return "";
    }
    int end = presented.lastIndexOf('-');
    return end <= 3 ? "" : presented.substring(3, end);
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
