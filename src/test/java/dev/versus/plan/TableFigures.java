package dev.versus.plan;

import dev.versus.report.EndpointKind;
import java.util.HashMap;
import java.util.Map;

/** A {@link Figures} with fixed values by name, for tests; anything else is missing. */
final class TableFigures implements Figures {
  private final Map<String, Measured> values = new HashMap<>();

  TableFigures put(String name, double value, Unit unit) {
    values.put(name, Measured.exact(value, unit, EndpointKind.SIMULATED, "test table"));
    return this;
  }

  TableFigures put(String name, double value, double low, double high, Unit unit) {
    values.put(name, new Measured(value, low, high, unit, EndpointKind.REAL, "test table, n=100"));
    return this;
  }

  @Override
  public Lookup lookup(FigureRef ref) {
    Measured m = values.get(ref.name());
    return m == null ? new Lookup.Missing("not in the test table") : new Lookup.Found(m);
  }
}
