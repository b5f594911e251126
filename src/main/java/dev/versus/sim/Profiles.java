package dev.versus.sim;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The profile registry: built-in profiles by name (YAML files shipped under {@code /sim/profiles/})
 * and user profile files by path.
 */
public final class Profiles {
  /** The built-in profile names. */
  private static final List<String> BUILT_IN =
      List.of("gemini-2.5-flash", "llama-4-maverick", "instant");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(new YAMLFactory())
          .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private Profiles() {}

  /** The names {@link #load} accepts besides file paths. */
  public static List<String> names() {
    return BUILT_IN;
  }

  /**
   * Loads a built-in profile by name, or a profile file by path.
   *
   * @throws ProfileException naming the file, line and field when the profile cannot be used
   */
  public static Profile load(String nameOrPath) {
    if (BUILT_IN.contains(nameOrPath)) {
      String resource = "/sim/profiles/" + nameOrPath + ".yaml";
      try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in profile missing from the jar: " + resource);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read built-in profile " + resource, e);
      }
    }
    Path path = Path.of(nameOrPath);
    if (!Files.isRegularFile(path)) {
      throw new ProfileException(
          "unknown profile '" + nameOrPath + "': expected one of " + String.join(", ", BUILT_IN)
              + " or the path of a profile YAML file");
    }
    try {
      return parse(Files.readString(path), path.toString());
    } catch (IOException e) {
      throw new ProfileException("cannot read profile file " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses profile YAML.
   *
   * @param source the file name to put in error messages
   * @throws ProfileException naming {@code source}, the line and the field on bad content
   */
  public static Profile parse(String yaml, String source) {
    try {
      ProfileKeys.check(MAPPER.getFactory(), yaml, source);
      Profile profile = MAPPER.readValue(yaml, Profile.class);
      if (profile == null) {
        throw new ProfileException(source + ": the profile file is empty");
      }
      return profile;
    } catch (JsonProcessingException e) {
      throw new ProfileException(describe(source, yaml, e), e);
    } catch (IOException e) {
      throw new ProfileException(source + ": " + e.getMessage(), e);
    }
  }

  private static String describe(String source, String yaml, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
    String reason = reason(e);
    if (e instanceof ValueInstantiationException) {
      // A record rejected a value: point at that key's own line rather than the section's end.
      String key = reason.split(" ", 2)[0];
      String dotted = field.isEmpty() ? key : field + "." + key;
      var keyLocation = ProfileKeys.locate(MAPPER.getFactory(), yaml, dotted);
      if (keyLocation.isPresent()) {
        location = keyLocation.get();
        field = dotted;
      }
    }
    StringBuilder text = new StringBuilder(source);
    if (location != null && location.getLineNr() > 0) {
      text.append(" line ").append(location.getLineNr());
      text.append(", column ").append(location.getColumnNr());
    }
    if (!field.isEmpty()) {
      text.append(", field '").append(field).append('\'');
    }
    return text.append(": ").append(reason).toString();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String reason(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown key '" + unknown.getPropertyName() + "', expected one of "
          + unknown.getKnownPropertyIds().stream()
              .map(String::valueOf)
              .sorted()
              .collect(Collectors.joining(", "));
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Missing")) {
      return "missing key; every key is required (the built-in profiles show them all)";
    }
    String message = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
    int classNote = message.indexOf(" (for ");
    return classNote > 0 ? message.substring(0, classNote) : message;
  }
}
