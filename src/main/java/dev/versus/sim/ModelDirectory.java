package dev.versus.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The models a server serves, found by any of their served names. Immutable. */
final class ModelDirectory {
  private final List<SimModel> models;
  private final Map<String, SimModel> byName;

  ModelDirectory(List<SimModel> models) {
    if (models.isEmpty()) {
      throw new IllegalArgumentException("a simulator serves at least one model");
    }
    this.models = List.copyOf(models);
    Map<String, SimModel> names = new HashMap<>();
    for (SimModel model : this.models) {
      for (String name : model.servedNames()) {
        SimModel previous = names.putIfAbsent(name, model);
        if (previous != null && previous != model) {
          throw new IllegalArgumentException(
              "model name '"
                  + name
                  + "' is served by both "
                  + previous.name()
                  + " and "
                  + model.name());
        }
      }
      names.putIfAbsent(model.name(), model);
    }
    this.byName = Map.copyOf(names);
  }

  List<SimModel> all() {
    return models;
  }

  Optional<SimModel> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** How errors are worded before a model is known: like the first model. */
  ErrorStyle defaultStyle() {
    return models.get(0).errorStyle();
  }
}
