package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestIdsTest {
  @Test
  void next_manyIds_unique32HexDigitsWithOneProcessPrefix() {
    RequestIds ids = RequestIds.create();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = ids.next();
      assertThat(id).matches("[0-9a-f]{32}");
      assertThat(seen.add(id)).as(id).isTrue();
    }
    assertThat(seen.stream().map(id -> id.substring(0, 16)).distinct()).hasSize(1);
  }

  @Test
  void next_twoProcesses_differentPrefixes() {
    String a = new RequestIds(new SecureRandom()).next();
    String b = new RequestIds(new SecureRandom()).next();
    assertThat(a.substring(0, 16)).isNotEqualTo(b.substring(0, 16));
  }
}
