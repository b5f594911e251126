package dev.versus.report;

import java.util.regex.Pattern;

/**
 * One compared model.
 *
 * @param key the plan's short key, e.g. {@code "flash"}; letters, digits, '-', '_' and '.'
 * @param label a human name, e.g. {@code "Gemini 2.5 Flash"}
 * @param provider how it was reached, e.g. {@code "gemini"}, {@code "openai"}, {@code "sim"}
 * @param endpoint whether its figures come from the simulator or a real service
 * @param price its list price, or {@link Price#unpriced()}
 */
public record ModelInfo(
    String key, String label, String provider, EndpointKind endpoint, Price price) {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  public ModelInfo {
    Checks.text(key, "model.key");
    if (!KEY.matcher(key).matches()) {
      throw new ReportException(
          "model.key '" + key + "' must be letters, digits, '-', '_' or '.'");
    }
    Checks.text(label, "model[" + key + "].label");
    Checks.text(provider, "model[" + key + "].provider");
    java.util.Objects.requireNonNull(endpoint, "model[" + key + "].endpoint");
    java.util.Objects.requireNonNull(price, "model[" + key + "].price");
  }
}
