package dev.versus.report;

import java.util.regex.Pattern;

/**
 * One compared model.
 *
 * @param key the plan's short key, e.g. {@code "flash"}; letters, digits, '-', '_' and '.'
 * @param label the name tables and charts show, e.g. {@code "flash"} (a plan's model key) or {@code
 *     "Gemini 2.5 Flash"}
 * @param reference the full model reference, e.g. {@code "sim:gemini-2.5-flash"} or {@code
 *     "openai:org/model@http://host/v1"}, shown in the models table and as a tooltip; may equal the
 *     label
 * @param provider how it was reached, e.g. {@code "gemini"}, {@code "openai"}, {@code "sim"}
 * @param endpoint whether its figures come from the simulator or a real service
 * @param price its list price, or {@link Price#unpriced()}
 */
public record ModelInfo(
    String key, String label, String reference, String provider, EndpointKind endpoint,
    Price price) {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  public ModelInfo {
    Checks.text(key, "model.key");
    if (!KEY.matcher(key).matches()) {
      throw new ReportException(
          "model.key '" + key + "' must be letters, digits, '-', '_' or '.'");
    }
    Checks.text(label, "model[" + key + "].label");
    Checks.text(reference, "model[" + key + "].reference");
    Checks.text(provider, "model[" + key + "].provider");
    java.util.Objects.requireNonNull(endpoint, "model[" + key + "].endpoint");
    java.util.Objects.requireNonNull(price, "model[" + key + "].price");
  }
}
