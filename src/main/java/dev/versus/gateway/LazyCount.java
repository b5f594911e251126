package dev.versus.gateway;

import java.util.function.IntSupplier;

/**
 * A count computed on first use, at most once: the client tokenizer's count of a prompt costs
 * time in proportion to its length (tens of milliseconds for a long-context prompt), and most
 * requests never need it (only routing rules on prompt tokens, the complexity trait and
 * tokens-per-minute limits read it). One request's thread uses it.
 */
final class LazyCount implements IntSupplier {
  private final IntSupplier compute;
  private int value;
  private boolean known;

  LazyCount(IntSupplier compute) {
    this.compute = compute;
  }

  @Override
  public int getAsInt() {
    if (!known) {
      value = compute.getAsInt();
      known = true;
    }
    return value;
  }

  /** Whether the count has been computed (for tests). */
  boolean known() {
    return known;
  }
}
