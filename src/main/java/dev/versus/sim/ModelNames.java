package dev.versus.sim;

import java.util.ArrayList;
import java.util.List;

/** The names a model answers to: the canonical name first, then the profile's aliases. */
final class ModelNames {
  private ModelNames() {}

  static List<String> of(Profile profile) {
    List<String> names = new ArrayList<>();
    names.add(profile.name());
    for (String alias : profile.servedNames()) {
      if (!names.contains(alias)) {
        names.add(alias);
      }
    }
    return List.copyOf(names);
  }
}
