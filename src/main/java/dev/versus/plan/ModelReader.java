package dev.versus.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Reads one entry of {@code models}: a map, or the short form {@code sim:PROFILE}. */
final class ModelReader {
  private static final Set<String> KEYS =
      Set.of("provider", "model", "base-url", "api-key", "price", "self-hosted");
  private static final Set<String> RESERVED = Set.of("and", "or", "not");

  private final Fields fields;
  private final Set<String> secrets;
  private final UnaryOperator<String> env;

  ModelReader(Fields fields, Set<String> secrets, UnaryOperator<String> env) {
    this.fields = fields;
    this.secrets = secrets;
    this.env = env;
  }

  ModelSpec read(String key, JsonNode node) {
    String path = "models." + key;
    if (!key.matches("[A-Za-z_][A-Za-z0-9_]*") || RESERVED.contains(key)) {
      throw fields.error(path, "a model key must be letters, digits and _ (not starting with a digit,"
          + " not and/or/not), since claims name it: e.g. flash or llama_maverick");
    }
    if (node.isValueNode()) {
      return shortForm(key, path, node.asText(), path, Pricing.NONE, "");
    }
    fields.keys(node, path, KEYS);
    Pricing pricing = pricing(node, path);
    String model = fields.required(node, path, "model", "the provider's model id or a sim profile");
    if (!node.has("provider")) {
      return shortForm(key, path, model, Fields.child(path, "model"), pricing, apiKey(node, path));
    }
    String providerName = fields.text(node, path, "provider", "");
    ProviderKind provider = switch (providerName.toLowerCase(Locale.ROOT)) {
      case "openai" -> ProviderKind.OPENAI;
      case "gemini" -> ProviderKind.GEMINI;
      case "sim" -> ProviderKind.SIM;
      default -> throw fields.error(Fields.child(path, "provider"),
          "expected openai, gemini or sim, got '" + providerName + "'");
    };
    String baseUrl = fields.text(node, path, "base-url", "");
    return build(key, path, provider, model, baseUrl, apiKey(node, path), pricing);
  }

  /** {@code sim:PROFILE}, {@code gemini:MODEL} or {@code openai:MODEL@BASE_URL}. */
  private ModelSpec shortForm(
      String key, String path, String ref, String refPath, Pricing pricing, String apiKey) {
    int colon = ref.indexOf(':');
    String kind = colon < 0 ? "" : ref.substring(0, colon);
    String rest = colon < 0 ? "" : ref.substring(colon + 1);
    return switch (kind) {
      case "sim" -> build(key, path, ProviderKind.SIM, rest, "", apiKey, pricing);
      case "gemini" -> build(key, path, ProviderKind.GEMINI, rest, "", apiKey, pricing);
      case "openai" -> {
        int at = rest.lastIndexOf('@');
        if (at < 0) {
          throw fields.error(refPath, "expected openai:MODEL@BASE_URL, got '" + ref + "'");
        }
        yield build(key, path, ProviderKind.OPENAI, rest.substring(0, at), rest.substring(at + 1),
            apiKey, pricing);
      }
      default -> throw fields.error(refPath, "expected sim:PROFILE, gemini:MODEL or"
          + " openai:MODEL@BASE_URL (or a map with provider and model), got '" + ref + "'");
    };
  }

  private ModelSpec build(String key, String path, ProviderKind provider, String model,
      String baseUrl, String apiKey, Pricing pricing) {
    if (model.isBlank()) {
      throw fields.error(path, "the model name is empty");
    }
    switch (provider) {
      case OPENAI -> requireUrl(path, baseUrl);
      case GEMINI -> {
        if (baseUrl.isEmpty()) {
          baseUrl = ModelSpec.GEMINI_BASE_URL;
        } else {
          requireUrl(path, baseUrl);
        }
        if (apiKey.isEmpty()) {
          String fromEnv = env.apply("GEMINI_API_KEY");
          if (fromEnv == null || fromEnv.isBlank()) {
            throw fields.error(path, "a gemini model needs an API key: add api-key: ${GEMINI_API_KEY}"
                + " or set GEMINI_API_KEY");
          }
          apiKey = fromEnv;
        }
      }
      case SIM -> {
        if (!baseUrl.isEmpty()) {
          throw fields.error(Fields.child(path, "base-url"), "sim models run in process and take no"
              + " base-url; for a simulator on a port use provider: openai with its base-url");
        }
      }
    }
    return new ModelSpec(key, provider, model, baseUrl, apiKey, pricing);
  }

  private void requireUrl(String path, String baseUrl) {
    String at = Fields.child(path, "base-url");
    if (baseUrl.isBlank()) {
      throw fields.error(path, "base-url is required for an openai model, e.g. http://127.0.0.1:8000/v1");
    }
    try {
      URI uri = URI.create(baseUrl);
      if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
        throw fields.error(at, "expected an http:// or https:// URL, got '" + baseUrl + "'");
      }
    } catch (IllegalArgumentException e) {
      throw fields.error(at, "not a URL: '" + baseUrl + "'");
    }
  }

  private String apiKey(JsonNode node, String path) {
    String value = fields.text(node, path, "api-key", "");
    if (!value.isEmpty() && !secrets.contains(value)) {
      throw fields.error(Fields.child(path, "api-key"), "secrets must not be written in the plan:"
          + " write api-key: ${VAR} and set VAR in the environment");
    }
    return value;
  }

  private Pricing pricing(JsonNode node, String path) {
    if (node.has("price") && node.has("self-hosted")) {
      throw fields.error(Fields.child(path, "self-hosted"), "give either price (per token) or"
          + " self-hosted (per GPU-hour), not both");
    }
    if (node.has("price")) {
      String at = Fields.child(path, "price");
      JsonNode price = node.get("price");
      fields.keys(price, at, Set.of("input-per-million", "output-per-million"));
      return new Pricing.PerToken(
          perMillion(price, at, "input-per-million"), perMillion(price, at, "output-per-million"));
    }
    if (node.has("self-hosted")) {
      String at = Fields.child(path, "self-hosted");
      JsonNode hosted = node.get("self-hosted");
      fields.keys(hosted, at, Set.of("gpu-hour-price", "gpus"));
      if (!hosted.has("gpu-hour-price")) {
        throw fields.error(at, "gpu-hour-price is required: US dollars per GPU-hour, e.g. 2.5");
      }
      return new Pricing.SelfHosted(
          fields.decimal(hosted, at, "gpu-hour-price", 0, 0, 1e6),
          (int) fields.integer(hosted, at, "gpus", 1, 1, 100_000));
    }
    return Pricing.NONE;
  }

  private double perMillion(JsonNode price, String path, String key) {
    if (!price.has(key)) {
      throw fields.error(path, key + " is required: US dollars per million tokens, e.g. 0.30");
    }
    return fields.decimal(price, path, key, 0, 0, 1e6);
  }
}
