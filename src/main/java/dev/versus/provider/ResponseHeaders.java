package dev.versus.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The headers of an HTTP response, names lower-cased, values in arrival order: what the wire
 * clients read from a response (content type, {@code retry-after}) without depending on the HTTP
 * library.
 */
public record ResponseHeaders(Map<String, List<String>> values) {
  /** No headers. */
  public static final ResponseHeaders EMPTY = new ResponseHeaders(Map.of());

  public ResponseHeaders {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.merge(name.toLowerCase(Locale.ROOT), List.copyOf(list),
        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
    values = Map.copyOf(copy);
  }

  /** Headers from name/value pairs, for example {@code of("retry-after", "2")}. */
  public static ResponseHeaders of(String... nameValuePairs) {
    if (nameValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("name/value pairs expected, got an odd count");
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      map.computeIfAbsent(nameValuePairs[i], k -> new java.util.ArrayList<>())
          .add(nameValuePairs[i + 1]);
    }
    return new ResponseHeaders(map);
  }

  /** The first value of header {@code name} (any case). */
  public Optional<String> firstValue(String name) {
    List<String> list = values.get(name.toLowerCase(Locale.ROOT));
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
  }
}
