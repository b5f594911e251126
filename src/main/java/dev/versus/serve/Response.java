package dev.versus.serve;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response as the router makes it, independent of the server library.
 *
 * @param status the HTTP status code
 * @param mediaType the Content-Type
 * @param headers further headers (Content-Disposition, Allow)
 * @param body the bytes to send
 */
record Response(int status, String mediaType, Map<String, String> headers, byte[] body) {
  static final String HTML = "text/html; charset=utf-8";

  Response {
    Objects.requireNonNull(mediaType, "mediaType");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** An HTML page. */
  static Response html(int status, String page) {
    return new Response(status, HTML, Map.of(), page.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy with one more header. */
  Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Response(status, mediaType, more, body);
  }
}
