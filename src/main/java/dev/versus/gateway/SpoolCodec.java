package dev.versus.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.store.GatewayLogRow;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * One {@link GatewayLogRow} as one spool line: compact JSON (Jackson, the record's components by
 * name) and a {@code '\n'}. JSON escapes every newline inside strings, so a line is a row. Unknown
 * cost ({@code NaN}) is written as the string {@code "NaN"}, which Jackson reads back.
 */
final class SpoolCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private SpoolCodec() {}

  /** The row as UTF-8 JSON followed by {@code '\n'}. */
  static byte[] encode(GatewayLogRow row) {
    try {
      byte[] json = MAPPER.writeValueAsBytes(row);
      byte[] line = Arrays.copyOf(json, json.length + 1);
      line[json.length] = '\n';
      return line;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode gateway log row " + row.requestId(), e);
    }
  }

  /** The row of one line (without its {@code '\n'}), or empty when the line is damaged. */
  static Optional<GatewayLogRow> decode(byte[] line, int length) {
    if (length == 0 || line[0] != '{') {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(line, 0, length, GatewayLogRow.class));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
