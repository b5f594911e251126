package dev.versus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds JSON in prose: the whole response when it is JSON, else the first fenced block ({@code
 * ```json ... ```}) that parses, else the first balanced {@code {...}} or {@code [...]} block that
 * parses.
 */
public final class JsonExtraction {
  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern FENCE = 
      Pattern.compile("```[A-Za-z0-9_-]*\\s*\\n?(.*?)```", Pattern.DOTALL);

  private JsonExtraction() {}

  /** The first JSON object or array in {@code text}; scalars alone do not count. */
  public static Optional<JsonNode> first(String text) {
    Optional<JsonNode> whole = parseContainer(text.strip());
    if (whole.isPresent()) {
      return whole;
    }
    Matcher fence = FENCE.matcher(text);
    while (fence.find()) {
      Optional<JsonNode> inFence = parseContainer(fence.group(1).strip());
      if (inFence.isPresent()) {
        return inFence;
      }
      Optional<JsonNode> inner = balanced(fence.group(1));
      if (inner.isPresent()) {
        return inner;
      }
    }
    return balanced(text);
  }

  /** Whether {@code text}, trimmed, is one valid JSON value of any kind. */
  public static boolean isJson(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    try {
      MAPPER.readTree(t);
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static Optional<JsonNode> balanced(String text) {
    for (int start = 0; start < text.length(); start++) {
      char c = text.charAt(start);
      if (c != '{' && c != '[') {
        continue;
      }
      int end = matchingEnd(text, start);
      if (end > 0) {
        Optional<JsonNode> node = parseContainer(text.substring(start, end + 1));
        if (node.isPresent()) {
          return node;
        }
      }
    }
    return Optional.empty();
  }

  /** Index of the bracket closing the one at {@code start}, skipping strings; -1 when none. */
  static int matchingEnd(String text, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Optional<JsonNode> parseContainer(String candidate) {
    if (candidate.isEmpty() || (candidate.charAt(0) != '{' && candidate.charAt(0) != '[')) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(candidate);
      return node != null && node.isContainerNode() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
