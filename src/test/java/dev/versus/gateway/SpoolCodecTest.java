package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.store.GatewayLogRow;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A spool line holds one log row, read back exactly; damaged lines are recognised, not guessed. */
class SpoolCodecTest {
  private static final GatewayLogRow ROW = new GatewayLogRow("r-1", 1_795_729_672_109_044L,
      "ab12cd34ef56ab78", "chat", "instant", "sim", "ab:bucket=37",
      "{\"input\":{\"verdict\":\"allow\"}}", true, 10, 16, 2, 0.000125, 1_500_000L, 9_000_000L,
      200, "", "", true, "{\"messages\":[{\"role\":\"user\",\"content\":\"línea 1\\nlínea 2\"}]}",
      "respuesta con \"comillas\", tab\t y salto\n — y emoji 🙂");

  @Test
  void encode_thenDecode_givesTheSameRow_onOneLine() {
    byte[] line = SpoolCodec.encode(ROW);

    assertThat(line[line.length - 1]).isEqualTo((byte) '\n');
    assertThat(new String(line, 0, line.length - 1, StandardCharsets.UTF_8)).doesNotContain("\n");
    assertThat(SpoolCodec.decode(line, 0, line.length - 1)).contains(ROW);
  }

  @Test
  void unknownCost_isWrittenAsTheStringNaN_andReadBack() {
    GatewayLogRow row = new GatewayLogRow("r-2", 1L, "", "chat", "", "", "", "", false, -1, -1, -1,
        Double.NaN, -1, -1, 0, "cancelled", "the client closed the connection", false, "", "");
    byte[] line = SpoolCodec.encode(row);

    assertThat(new String(line, StandardCharsets.UTF_8)).contains("\"costUsd\":\"NaN\"");
    assertThat(SpoolCodec.decode(line, 0, line.length - 1).orElseThrow().costUsd()).isNaN();
  }

  @Test
  void lineInTheDataBindingFormat_withAnUnknownField_isRead() {
    // the form Jackson's data binding wrote before the streaming codec, plus a field from the future
    String old = "{\"requestId\":\"r-3\",\"timeMicros\":5,\"apiKeyHash\":\"\",\"route\":\"chat\","
        + "\"requestedModel\":\"m\",\"backend\":\"b\",\"decisionReason\":\"\",\"guardJson\":\"\","
        + "\"streamed\":false,\"promptTokens\":3,\"outputTokens\":4,\"reasoningTokens\":-1,"
        + "\"costUsd\":1.5E-4,\"ttftNanos\":-1,\"latencyNanos\":7,\"httpStatus\":200,"
        + "\"errorClass\":\"\",\"errorMessage\":\"\",\"redacted\":false,\"prompt\":\"p\","
        + "\"response\":\"r\",\"newField\":{\"nested\":[1,2]}}";
    byte[] bytes = old.getBytes(StandardCharsets.UTF_8);

    GatewayLogRow row = SpoolCodec.decode(bytes, 0, bytes.length).orElseThrow();
    assertThat(row.requestId()).isEqualTo("r-3");
    assertThat(row.costUsd()).isEqualTo(1.5e-4);
    assertThat(row.latencyNanos()).isEqualTo(7);
    assertThat(row.response()).isEqualTo("r");
  }

  @Test
  void damagedLines_decodeToEmpty() {
    byte[] whole = SpoolCodec.encode(ROW);
    assertThat(SpoolCodec.decode(whole, 0, whole.length / 2)).isEmpty(); // torn by a crash
    assertThat(decode("")).isEmpty();
    assertThat(decode("not json")).isEmpty();
    assertThat(decode("{\"requestId\":\"r\"}")).isEmpty(); // required fields missing
    assertThat(decode(new String(whole, StandardCharsets.UTF_8).trim()
        .replace("\"route\":\"chat\"", "\"route\":7"))).isEmpty(); // wrong type
  }

  private static Optional<GatewayLogRow> decode(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return SpoolCodec.decode(bytes, 0, bytes.length);
  }
}
