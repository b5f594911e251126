package dev.versus.gateway;

import dev.versus.store.StoreException;
import java.nio.file.Path;

/**
 * The process that {@link SpoolCrashTest} kills: appends rows to a spool whose store is
 * unreachable, printing each request id once {@code append} has returned, until it is killed.
 */
public final class SpoolCrashChild {
  private SpoolCrashChild() {}

  public static void main(String[] args) throws InterruptedException {
    Path spool = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    SpoolingInteractionLog log = SpoolingInteractionLog.open(SpoolConfig.defaults(spool), () -> {
      throw new StoreException("unreachable on purpose: the parent test ships after the crash");
    }, SpoolingInteractionLog.Sleeper.system());
    for (int i = 0; i < count; i++) {
      log.append(LogRows.row("crash-" + i, i));
      System.out.println("acked crash-" + i);
      System.out.flush();
      Thread.sleep(1);
    }
    Thread.sleep(Long.MAX_VALUE); // never closes: the parent kills this process
  }
}
