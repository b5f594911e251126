package dev.versus.gateway;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Weighted A/B split. With a sticky key the arm is a pure function of (route, key), so a user
 * always lands on the same arm across requests, restarts and replicas; without one the arm is drawn
 * from a seeded generator.
 */
final class SplitPolicy implements RoutingPolicy {
  private final String[] arms;
  private final long[] cumulative;
  private final long total;
  private final List<String> fallback;
  private final String salt;
  private final SplittableRandom random;
  private final ReentrantLock lock = new ReentrantLock();

  SplitPolicy(Map<String, Integer> weights, List<String> fallback, String salt, long seed) {
    TreeMap<String, Integer> sorted = new TreeMap<>(weights); // stable arm order
    this.arms = sorted.keySet().toArray(String[]::new);
    this.cumulative = new long[arms.length];
    long sum = 0;
    for (int i = 0; i < arms.length; i++) {
      sum += sorted.get(arms[i]);
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("split weights must add up to more than 0");
    }
    this.total = sum;
    this.fallback = List.copyOf(fallback);
    this.salt = salt;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public RoutingDecision choose(RoutingContext context) {
    long point;
    String how;
    if (!context.stickyKey().isEmpty()) {
      point = Long.remainderUnsigned(hash(salt + '\u0000' + context.stickyKey()), total);
      how = "sticky";
    } else {
      lock.lock();
      try {
        point = random.nextLong(total);
      } finally {
        lock.unlock();
      }
      how = "random";
    }
    int arm = 0;
    while (point >= cumulative[arm]) {
      arm++;
    }
    String chosen = arms[arm];
    long weight = cumulative[arm] - (arm == 0 ? 0 : cumulative[arm - 1]);
    return new RoutingDecision(
        RoutingPolicy.withFallbacks(chosen, fallback),
        "split " + how + ": " + chosen + " (weight " + weight + "/" + total + ")");
  }

  /** 64-bit FNV-1a followed by a murmur3 finaliser: stable across JVMs, well mixed. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
