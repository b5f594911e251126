package dev.versus.sim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks that a profile file uses only known keys before it is bound, so a misspelt key is reported
 * as such, at its own line (Jackson reports it only after the missing key it replaced).
 */
final class ProfileKeys {
  private static final PropertyNamingStrategies.KebabCaseStrategy KEBAB =
      new PropertyNamingStrategies.KebabCaseStrategy();

  private ProfileKeys() {}

  /** Returns quietly when every key is known, or when the YAML is not a mapping at all. */
  static void check(JsonFactory factory, String yaml, String source) throws IOException {
    walkAll(factory, yaml, source, new Target("", ""));
  }

  /**
   * Where the value of {@code dottedKey} (e.g. {@code batching.jitter}) starts, if the file has that
   * key; for pointing validation errors at their line.
   */
  static Optional<JsonLocation> locate(JsonFactory factory, String yaml, String dottedKey) {
    int dot = dottedKey.lastIndexOf('.');
    Target target = new Target(dottedKey.substring(0, dot + 1), dottedKey.substring(dot + 1));
    try {
      walkAll(factory, yaml, "", target);
    } catch (IOException | ProfileException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(target.location);
  }

  private static final class Target {
    final String prefix;
    final String key;
    JsonLocation location;

    Target(String prefix, String key) {
      this.prefix = prefix;
      this.key = key;
    }
  }

  private static void walkAll(JsonFactory factory, String yaml, String source, Target target)
      throws IOException {
    try (JsonParser parser = factory.createParser(yaml)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        walk(parser, Profile.class, "", source, target);
      }
    }
  }

  private static void walk(
      JsonParser parser, Class<?> type, String path, String source, Target target)
      throws IOException {
    Map<String, RecordComponent> known =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(c -> KEBAB.translate(c.getName()), c -> c));
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      RecordComponent component = known.get(key);
      if (component == null) {
        JsonLocation at = parser.currentLocation();
        throw new ProfileException(
            String.format(
                java.util.Locale.ROOT,
                "%s line %d, column %d, field '%s%s': unknown key, expected one of %s",
                source,
                at.getLineNr(),
                at.getColumnNr(),
                path,
                key,
                known.keySet().stream().sorted().collect(Collectors.joining(", "))));
      }
      JsonToken value = parser.nextToken();
      if (path.equals(target.prefix) && key.equals(target.key)) {
        target.location = parser.currentTokenLocation();
      }
      if (value == JsonToken.START_OBJECT && component.getType().isRecord()) {
        walk(parser, component.getType(), path + key + ".", source, target);
      } else if (value == JsonToken.START_OBJECT && Map.class.equals(component.getType())) {
        String entryPath = path + key + ".";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String entry = parser.currentName();
          parser.nextToken();
          if (entryPath.equals(target.prefix) && entry.equals(target.key)) {
            target.location = parser.currentTokenLocation();
          }
          parser.skipChildren();
        }
      } else {
        parser.skipChildren();
      }
    }
  }
}
