package dev.versus.provider;

import java.util.function.Function;

/** Creates a client for a parsed model reference; registered by scheme in {@link ProviderRegistry}. */
@FunctionalInterface
public interface ProviderFactory {

  /**
   * Creates the client.
   *
   * @param ref the parsed reference, whose scheme is the one this factory was registered under
   * @param env environment lookup (secrets come from here), returning null when unset
   * @throws ProviderException when the reference or environment is unusable, naming what was
   *     expected
   */
  ChatProvider create(ModelRef ref, Function<String, String> env);
}
