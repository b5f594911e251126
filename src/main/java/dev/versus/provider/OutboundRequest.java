package dev.versus.provider;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request a wire client sends: method, absolute URI, headers and body. Built with {@link
 * HttpTransport#request} or {@link HttpTransport#postJson}, which add the configured extra headers.
 *
 * @param method {@code GET} or {@code POST}
 * @param uri absolute {@code http} or {@code https} URI, query included
 * @param headers header values by name, in the order they were added
 * @param body the body, empty for {@code GET}; not copied (request bodies can be large and are
 *     built once), so the caller must not change it
 */
public record OutboundRequest(String method, URI uri, Map<String, String> headers, byte[] body) {
  public OutboundRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(body, "body");
  }

  /** Collects a request's parts; {@code GET} is the default method. */
  public static final class Builder {
    private final URI uri;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String method = "GET";
    private byte[] body = new byte[0];

    Builder(URI uri) {
      this.uri = Objects.requireNonNull(uri, "uri");
    }

    /** Sets header {@code name} to {@code value} (a later call for the same name replaces it). */
    /**
     * Adds a header.
     *
     * @throws IllegalArgumentException when the name is not an HTTP token or the value holds a
     *     control character (a line break would split the request): checked here, once, since
     *     the transport does not check what it sends again
     */
    public Builder header(String name, String value) {
      headers.put(HeaderText.name(name), HeaderText.value(name, value));
      return this;
    }

    /** A {@code GET} without body. */
    public Builder get() {
      method = "GET";
      body = new byte[0];
      return this;
    }

    /** A {@code POST} of {@code bytes} (not copied: the caller must not change them after). */
    public Builder post(byte[] bytes) {
      method = "POST";
      body = Objects.requireNonNull(bytes, "bytes");
      return this;
    }

    public OutboundRequest build() {
      return new OutboundRequest(method, uri, headers, body);
    }
  }
}
