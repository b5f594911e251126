package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety for real: a child JVM appends rows and is killed with SIGKILL mid-load; a new log
 * on the same spool then ships every row whose append had returned, exactly once, in order.
 */
class SpoolCrashTest {
  private static final int ACKS_BEFORE_KILL = 300;

  @TempDir Path dir;

  @Test
  void open_afterTheWriterWasKilled_shipsEveryAcknowledgedRowOnce() throws Exception {
    Path spool = dir.resolve("spool");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp",
        System.getProperty("java.class.path"), SpoolCrashChild.class.getName(),
        spool.toString(), "100000")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> acked = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("acked ")) {
          acked.add(line.substring(6));
        }
        if (acked.size() == ACKS_BEFORE_KILL) {
          // SIGKILL (through the handle, which leaves the pipe open so that acknowledgements
          // already printed are still read): no shutdown hooks, no close, no final fsync
          child.toHandle().destroyForcibly();
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

    try (Store store = Store.open("sqlite:" + dir.resolve("versus.db"));
        SpoolingInteractionLog log = SpoolingInteractionLog.open(
            SpoolConfig.defaults(spool).withShipInterval(Duration.ofMillis(10)), store,
            SpoolingInteractionLog.Sleeper.system())) {
      assertThat(LogRows.await(() -> log.pending() == 0, Duration.ofSeconds(30))).isTrue();
      List<String> stored = LogRows.insertionOrder(store);
      assertThat(stored).containsAll(acked).doesNotHaveDuplicates();
      // At most the row being written at the kill is there without its acknowledgement.
      assertThat(stored.size()).isBetween(acked.size(), acked.size() + 1);
      for (int i = 0; i < stored.size(); i++) {
        assertThat(stored.get(i)).isEqualTo("crash-" + i);
      }
    }
  }
}
