package dev.versus.eval;

import java.util.Optional;

/** The cache of {@code --no-cache}: finds nothing, keeps nothing. */
enum NoCache implements ResponseCache {
  INSTANCE;

  @Override
  public Optional<CachedResponse> find(String key) {
    return Optional.empty();
  }

  @Override
  public void put(String key, CachedResponse response) {}

  @Override
  public void close() {}

  @Override
  public boolean enabled() {
    return false;
  }
}
