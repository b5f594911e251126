package dev.versus.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderTextTest {
  @Test
  void name_acceptsTokensOnly() {
    assertThat(HeaderText.name("x-goog-api-key")).isEqualTo("x-goog-api-key");
    assertThat(HeaderText.name("X_Custom.1~!")).isEqualTo("X_Custom.1~!");
    for (String bad : List.of("", "a b", "a:b", "a\r\nb", "ñ", "a(b)")) {
      assertThatThrownBy(() -> HeaderText.name(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void value_rejectsControlCharactersButTab() {
    assertThat(HeaderText.value("a", "Bearer sk-1 \tñ")).isEqualTo("Bearer sk-1 \tñ");
    for (String bad : List.of("k\n", "k\r\nX-Evil: 1", "k\u0000", "k\u007f")) {
      assertThatThrownBy(() -> HeaderText.value("authorization", bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'authorization'");
    }
  }

  @Test
  void outboundRequest_checksEveryHeader() {
    OutboundRequest.Builder builder = new OutboundRequest.Builder(java.net.URI.create("http://127.0.0.1:1/"));
    assertThatThrownBy(() -> builder.header("x-api-key", "a\r\nHost: evil"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
