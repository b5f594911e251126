package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BufferedSecureRandomTest {

  @Test
  void nextLong_givesTheSourcesBitsInOrder_refillingEverySixtyFour() throws Exception {
    SecureRandom a = SecureRandom.getInstance("SHA1PRNG");
    a.setSeed(42L);
    SecureRandom b = SecureRandom.getInstance("SHA1PRNG");
    b.setSeed(42L);
    BufferedSecureRandom buffered = new BufferedSecureRandom(a);

    List<Long> expected = new ArrayList<>();
    for (int block = 0; block < 3; block++) {
      byte[] bytes = new byte[BufferedSecureRandom.LONGS * Long.BYTES];
      b.nextBytes(bytes);
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      for (int i = 0; i < BufferedSecureRandom.LONGS; i++) {
        expected.add(buf.getLong());
      }
    }
    List<Long> drawn = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      drawn.add(buffered.nextLong());
    }

    assertThat(drawn).isEqualTo(expected);
  }

  @Test
  void nextLong_fromManyThreads_neverRepeatsAValue() throws Exception {
    BufferedSecureRandom random = new BufferedSecureRandom(new SecureRandom());
    Set<Long> seen = java.util.Collections.synchronizedSet(new HashSet<>());
    try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      for (int t = 0; t < 4; t++) {
        threads.submit(() -> {
          for (int i = 0; i < 5_000; i++) {
            seen.add(random.nextLong());
          }
        });
      }
    }
    assertThat(seen).hasSize(20_000); // a repeat of a 64-bit draw here means a buffer reused
  }
}
