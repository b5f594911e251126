package dev.versus.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the router sees it, independent of the server library.
 *
 * @param method upper-case, e.g. {@code GET}
 * @param segments the decoded, non-empty path segments, e.g. {@code [runs, ID, claims]}
 * @param query the decoded query parameters, the first value of each name
 * @param acceptLanguage the Accept-Language header, or "" when there is none
 */
record Request(String method, List<String> segments, Map<String, String> query,
    String acceptLanguage) {

  Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(acceptLanguage, "acceptLanguage");
    segments = List.copyOf(segments);
    query = Map.copyOf(query);
  }

  /**
   * Parses a raw path and query string.
   *
   * @throws IllegalArgumentException when a percent escape is malformed
   */
  static Request parse(String method, String rawPath, String rawQuery, String acceptLanguage) {
    List<String> segments = new ArrayList<>();
    for (String part : rawPath.split("/")) {
      if (!part.isEmpty()) {
        segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (!rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        String[] nameValue = Arrays.copyOf(pair.split("=", 2), 2);
        String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
        String value = nameValue[1] == null ? ""
            : URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8);
        query.putIfAbsent(name, value);
      }
    }
    return new Request(method, segments, query, acceptLanguage);
  }

  /** The query parameter, or empty when absent or blank. */
  Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
