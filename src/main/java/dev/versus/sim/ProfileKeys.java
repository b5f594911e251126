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
    try (JsonParser parser = factory.createParser(yaml)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        walk(parser, Profile.class, "", source);
      }
    }
  }

  private static void walk(JsonParser parser, Class<?> type, String path, String source)
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
      if (value == JsonToken.START_OBJECT && component.getType().isRecord()) {
        walk(parser, component.getType(), path + key + ".", source);
      } else {
        parser.skipChildren();
      }
    }
  }
}
