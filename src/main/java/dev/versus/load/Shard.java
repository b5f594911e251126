package dev.versus.load;

/**
 * This process's share of a distributed run: shard {@code index} of {@code count}. In open loop it
 * sends every {@code count}-th request of the one global schedule (those with {@code i mod count ==
 * index}); in closed loop it runs its share of the clients. Request indices stay global.
 */
public record Shard(int index, int count) {
  private static final Shard SINGLE = new Shard(0, 1);

  public Shard {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "shard must be i/N with 0 <= i < N, got " + index + "/" + count);
    }
  }

  /** The whole run in one process. */
  public static Shard single() {
    return SINGLE;
  }

  /** This shard's share of {@code total} clients or requests (the first ones get the remainder). */
  long shareOf(long total) {
    return total / count + (index < total % count ? 1 : 0);
  }
}
