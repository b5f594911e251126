package dev.versus.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.versus.core.ConfigDocument;
import dev.versus.core.Quantities;
import dev.versus.provider.HeaderText;
import dev.versus.guard.GuardConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and validates {@code gateway.yaml}. Every error names the file, the line and the field, and
 * what was expected; unknown keys are errors, not silently ignored. Keys are kebab-case.
 */
public final class GatewayConfigReader {
  private static final Set<String> TOP =
      Set.of("listen", "backends", "routes", "guard", "logging", "auth", "max-body", "limits");
  private static final Set<String> BACKEND =
      Set.of(
          "provider", "base-url", "model", "api-key", "max-concurrency", "queue", "queue-timeout",
          "timeout", "first-byte-timeout", "retries", "requests-per-minute", "tokens-per-minute",
          "breaker-failures", "breaker-cooldown", "price", "stream-upstream");
  private static final Set<String> ROUTE =
      Set.of("model", "policy", "rules", "fallback", "weights", "sticky-header", "backends", "use",
          "accept", "guard");
  private static final Set<String> ACCEPT =
      Set.of("min-output-tokens", "must-match", "must-not-match", "finish");
  private static final Set<String> WHEN =
      Set.of("prompt-tokens-over", "matches", "language", "task", "complexity-over");
  private static final Set<String> MODES = Set.of("full", "redacted", "off");

  private final ConfigDocument doc;

  private GatewayConfigReader(ConfigDocument doc) {
    this.doc = doc;
  }

  /** Reads a file, substituting {@code ${VAR}} from {@code env}. */
  public static GatewayConfig read(Path file, UnaryOperator<String> env) {
    return new GatewayConfigReader(ConfigDocument.read(file, env)).config();
  }

  /** Parses text (for tests and code-built configs). */
  public static GatewayConfig parse(String source, String yaml, UnaryOperator<String> env) {
    return new GatewayConfigReader(ConfigDocument.parse(source, yaml, env)).config();
  }

  private GatewayConfig config() {
    JsonNode root = doc.root();
    object(root, "", TOP);
    String listen = text(root, "listen", "127.0.0.1:8080");
    int colon = listen.lastIndexOf(':');
    if (colon < 0) {
      throw doc.error("listen", "expected HOST:PORT, e.g. 127.0.0.1:8080, got '" + listen + "'");
    }
    int port = integer(listen.substring(colon + 1), "listen", 0, 65535);
    Map<String, BackendConfig> backends = backends(root.path("backends"));
    List<RouteConfig> routes = routes(root.path("routes"), backends.keySet());
    JsonNode logging = root.path("logging");
    object(logging, "logging", Set.of("store", "spool", "prompts", "responses"));
    GatewayConfig.LoggingConfig log =
        new GatewayConfig.LoggingConfig(
            text(logging, "logging.store", ""),
            text(logging, "logging.spool", "./spool"),
            mode(logging, "logging.prompts", "redacted"),
            mode(logging, "logging.responses", "redacted"));
    JsonNode auth = root.path("auth");
    object(auth, "auth", Set.of("keys-file"));
    Optional<String> keysFile =
        auth.has("keys-file") ? Optional.of(text(auth, "auth.keys-file", "")) : Optional.empty();
    long maxBody = bytes(root, "max-body", 1 << 20);
    Optional<JsonNode> guard = root.has("guard") ? Optional.of(root.get("guard")) : Optional.empty();
    guard.ifPresent(g -> checkGuard(g, "guard"));
    return new GatewayConfig(
        listen.substring(0, colon), port, backends, routes, guard, log, keysFile, maxBody,
        limits(root.path("limits")));
  }

  private GatewayConfig.LimitsConfig limits(JsonNode node) {
    object(node, "limits", Set.of("shared", "lease-ttl"));
    if (node.isMissingNode()) {
      return GatewayConfig.LimitsConfig.local();
    }
    Optional<String> shared = Optional.empty();
    if (node.has("shared")) {
      String url = required(node, "limits.shared");
      if (!url.startsWith("jdbc:postgresql://")) {
        throw doc.error("limits.shared", "shared limits need a PostgreSQL database all replicas"
            + " reach: expected jdbc:postgresql://HOST[:PORT]/DATABASE, got '" + url + "'");
      }
      shared = Optional.of(url);
    }
    Duration ttl = duration(node, "limits.lease-ttl", LeaseSettings.defaults().ttl());
    if (ttl.compareTo(Duration.ofSeconds(3)) < 0) {
      throw doc.error("limits.lease-ttl", "expected 3s or more, got " + ttl.toMillis() + " ms");
    }
    LeaseSettings lease = new LeaseSettings(ttl, ttl.dividedBy(3), LeaseSettings.defaults().pollEvery());
    return new GatewayConfig.LimitsConfig(shared, lease);
  }

  /** The key is sent in a request header: a line break (say, from an environment variable) is an error here. */
  private String apiKey(JsonNode backend, String path) {
    String key = text(backend, path, "");
    try {
      return HeaderText.value("authorization", key);
    } catch (IllegalArgumentException bad) {
      throw doc.error(path, "an API key cannot hold a control character such as a line break");
    }
  }

  private Map<String, BackendConfig> backends(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      throw doc.error("backends", "expected a map of at least one backend (name: { provider, base-url, model })");
    }
    Map<String, BackendConfig> backends = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = "backends." + e.getKey();
      JsonNode b = e.getValue();
      try {
        HeaderText.value("x-versus-backend", e.getKey());
      } catch (IllegalArgumentException bad) {
        throw doc.error(path, "a backend name is sent in the x-versus-backend header and cannot"
            + " hold a control character");
      }
      object(b, path, BACKEND);
      String provider = required(b, path + ".provider");
      if (!provider.equals("openai") && !provider.equals("gemini")) {
        throw doc.error(path + ".provider", "expected openai or gemini, got '" + provider + "'");
      }
      URI baseUrl;
      try {
        baseUrl = URI.create(required(b, path + ".base-url"));
      } catch (IllegalArgumentException ex) {
        throw doc.error(path + ".base-url", "not a URL: " + ex.getMessage());
      }
      if (baseUrl.getScheme() == null || !baseUrl.getScheme().startsWith("http")) {
        throw doc.error(path + ".base-url", "expected an http:// or https:// URL");
      }
      JsonNode price = b.path("price");
      object(price, path + ".price", Set.of("input-per-million", "output-per-million"));
      backends.put(
          e.getKey(),
          new BackendConfig(
              e.getKey(),
              provider,
              baseUrl,
              required(b, path + ".model"),
              apiKey(b, path + ".api-key"),
              number(b, path + ".max-concurrency", 0, 0, 1_000_000),
              number(b, path + ".queue", 256, 0, 1_000_000),
              duration(b, path + ".queue-timeout", Duration.ofSeconds(30)),
              duration(b, path + ".timeout", Duration.ofSeconds(120)),
              duration(b, path + ".first-byte-timeout", Duration.ofSeconds(60)),
              number(b, path + ".retries", 1, 0, 10),
              number(b, path + ".requests-per-minute", 0, 0, Integer.MAX_VALUE),
              number(b, path + ".tokens-per-minute", 0, 0, Integer.MAX_VALUE),
              number(b, path + ".breaker-failures", 5, 0, 1_000_000),
              duration(b, path + ".breaker-cooldown", Duration.ofSeconds(30)),
              decimal(price, path + ".price.input-per-million"),
              decimal(price, path + ".price.output-per-million"),
              flag(b, path + ".stream-upstream", false)));
    }
    return backends;
  }

  private List<RouteConfig> routes(JsonNode node, Set<String> backends) {
    if (!node.isArray() || node.isEmpty()) {
      throw doc.error("routes", "expected a list of at least one route (- model: NAME, policy: ...)");
    }
    List<RouteConfig> routes = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String path = "routes[" + i + "]";
      JsonNode r = node.get(i);
      object(r, path, ROUTE);
      String model = required(r, path + ".model");
      if (!seen.add(model)) {
        throw doc.error(path + ".model", "route '" + model + "' is defined twice");
      }
      PolicyKind policy;
      try {
        policy = PolicyKind.fromYaml(text(r, path + ".policy", "single"));
      } catch (IllegalArgumentException ex) {
        throw doc.error(path + ".policy", ex.getMessage());
      }
      List<HybridRule> rules = rules(r.path("rules"), path + ".rules", backends);
      List<String> fallback = names(r.path("fallback"), path + ".fallback", backends);
      List<String> members = names(r.path("backends"), path + ".backends", backends);
      if (r.has("use")) {
        members = List.of(backend(r, path + ".use", backends));
      }
      Map<String, Integer> weights = new LinkedHashMap<>();
      JsonNode w = r.path("weights");
      if (!w.isMissingNode()) {
        if (!w.isObject()) {
          throw doc.error(path + ".weights", "expected a map of backend: weight");
        }
        w.fieldNames()
            .forEachRemaining(
                name -> {
                  String wp = path + ".weights." + name;
                  if (!backends.contains(name)) {
                    throw doc.error(wp, unknownBackend(name, backends));
                  }
                  weights.put(name, number(w, wp, 0, 0, 1_000_000));
                });
      }
      switch (policy) {
        case SPLIT -> {
          if (weights.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw doc.error(path + ".weights", "a split route needs weights that add up to more than 0");
          }
        }
        case HYBRID -> {
          if (rules.isEmpty()) {
            throw doc.error(path + ".rules", "a hybrid route needs at least one rule");
          }
        }
        case SINGLE, LEAST_BUSY, LOWEST_LATENCY, CASCADE -> {
          if (members.isEmpty()) {
            throw doc.error(path + ".backends", "a " + policy.yamlName() + " route needs backends (or use: NAME)");
          }
        }
      }
      if (r.has("accept") && policy != PolicyKind.CASCADE) {
        throw doc.error(path + ".accept", "only a cascade route checks answers (policy: cascade)");
      }
      Optional<JsonNode> guard = Optional.ofNullable(r.get("guard"));
      guard.ifPresent(g -> {
        object(g, path + ".guard", Set.of("input", "output"));
        checkGuard(g, path + ".guard");
      });
      routes.add(
          new RouteConfig(
              model, policy, rules, fallback, weights, text(r, path + ".sticky-header", ""), members,
              acceptance(r.path("accept"), path + ".accept"), guard));
    }
    return routes;
  }

  private List<HybridRule> rules(JsonNode node, String path, Set<String> backends) {
    List<HybridRule> rules = new ArrayList<>();
    if (node.isMissingNode()) {
      return rules;
    }
    if (!node.isArray()) {
      throw doc.error(path, "expected a list of rules ({ when: {...}, use: BACKEND })");
    }
    for (int i = 0; i < node.size(); i++) {
      String rp = path + "[" + i + "]";
      JsonNode rule = node.get(i);
      object(rule, rp, Set.of("when", "use"));
      JsonNode when = rule.path("when");
      object(when, rp + ".when", WHEN);
      RuleCondition condition =
          new RuleCondition(
              number(when, rp + ".when.prompt-tokens-over", -1, 0, Integer.MAX_VALUE),
              pattern(when, rp + ".when.matches"),
              text(when, rp + ".when.language", ""),
              text(when, rp + ".when.task", ""),
              when.has("complexity-over") ? decimal(when, rp + ".when.complexity-over") : -1);
      rules.add(new HybridRule(condition, backend(rule, rp + ".use", backends)));
    }
    return rules;
  }

  private Acceptance acceptance(JsonNode node, String path) {
    object(node, path, ACCEPT);
    Acceptance defaults = Acceptance.defaults();
    String finish = text(node, path + ".finish", "stop");
    if (!finish.equals("stop") && !finish.equals("any")) {
      throw doc.error(path + ".finish", "expected stop or any, got '" + finish + "'");
    }
    return new Acceptance(
        number(node, path + ".min-output-tokens", defaults.minOutputTokens(), 0, Integer.MAX_VALUE),
        pattern(node, path + ".must-match"), pattern(node, path + ".must-not-match"),
        finish.equals("stop"));
  }

  /** Reads a guard block as the guard will, so that its errors too name the line. */
  private void checkGuard(JsonNode node, String path) {
    try {
      GuardConfig.fromNode(node, path);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      int colon = message.indexOf(": ");
      boolean named = colon > 0 && message.startsWith(path);
      throw doc.error(named ? message.substring(0, colon) : path,
          named ? message.substring(colon + 2) : message);
    }
  }

  // --- field helpers: each names the path in its error ---

  private Optional<Pattern> pattern(JsonNode parent, String path) {
    if (!parent.has(leaf(path))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(text(parent, path, "")));
    } catch (PatternSyntaxException ex) {
      throw doc.error(path, "not a valid regular expression: " + ex.getDescription());
    }
  }

  private void object(JsonNode node, String path, Set<String> allowed) {
    if (node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      throw doc.error(path, "expected a map");
    }
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!allowed.contains(name)) {
                throw doc.error(
                    (path.isEmpty() ? "" : path + ".") + name,
                    "unknown key (expected one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
              }
            });
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private String required(JsonNode parent, String path) {
    JsonNode v = parent.get(leaf(path));
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw doc.error(path, "is required");
    }
    if (!v.isValueNode()) {
      throw doc.error(path, "expected a text value");
    }
    return v.asText();
  }

  private String text(JsonNode parent, String path, String fallback) {
    JsonNode v = parent.get(leaf(path));
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isValueNode()) {
      throw doc.error(path, "expected a text value");
    }
    return v.asText();
  }

  private boolean flag(JsonNode parent, String path, boolean fallback) {
    JsonNode v = parent.get(leaf(path));
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw doc.error(path, "expected true or false, got '" + v.asText() + "'");
    }
    return v.asBoolean();
  }

  private String mode(JsonNode parent, String path, String fallback) {
    JsonNode raw = parent.get(leaf(path));
    if (raw != null && raw.isBoolean() && !raw.asBoolean()) {
      return "off"; // YAML 1.1 reads a bare `off` as false
    }
    String value = text(parent, path, fallback);
    if (!MODES.contains(value)) {
      throw doc.error(path, "expected full, redacted or off, got '" + value + "'");
    }
    return value;
  }

  private String backend(JsonNode parent, String path, Set<String> backends) {
    String name = required(parent, path);
    if (!backends.contains(name)) {
      throw doc.error(path, unknownBackend(name, backends));
    }
    return name;
  }

  private List<String> names(JsonNode node, String path, Set<String> backends) {
    List<String> names = new ArrayList<>();
    if (node.isMissingNode()) {
      return names;
    }
    if (!node.isArray()) {
      throw doc.error(path, "expected a list of backend names");
    }
    for (int i = 0; i < node.size(); i++) {
      String name = node.get(i).asText();
      if (!backends.contains(name)) {
        throw doc.error(path + "[" + i + "]", unknownBackend(name, backends));
      }
      names.add(name);
    }
    return names;
  }

  private static String unknownBackend(String name, Set<String> backends) {
    return "unknown backend '" + name + "' (expected one of " + String.join(", ", new java.util.TreeSet<>(backends)) + ")";
  }

  private int number(JsonNode parent, String path, int fallback, int min, int max) {
    JsonNode v = parent.get(leaf(path));
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw doc.error(path, "expected a whole number, got '" + v.asText() + "'");
    }
    return integer(v.asText(), path, min, max);
  }

  private int integer(String text, String path, int min, int max) {
    try {
      int value = Integer.parseInt(text.trim());
      if (value < min || value > max) {
        throw doc.error(path, "expected a number from " + min + " to " + max + ", got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw doc.error(path, "expected a whole number, got '" + text + "'");
    }
  }

  private double decimal(JsonNode parent, String path) {
    JsonNode v = parent.get(leaf(path));
    if (v == null || v.isNull()) {
      return 0;
    }
    if (!v.isNumber() || v.asDouble() < 0) {
      throw doc.error(path, "expected a number of 0 or more, got '" + v.asText() + "'");
    }
    return v.asDouble();
  }

  private Duration duration(JsonNode parent, String path, Duration fallback) {
    JsonNode v = parent.get(leaf(path));
    if (v == null || v.isNull()) {
      return fallback;
    }
    try {
      return Quantities.duration(v.asText());
    } catch (IllegalArgumentException e) {
      throw doc.error(path, e.getMessage());
    }
  }

  private long bytes(JsonNode parent, String path, long fallback) {
    JsonNode v = parent.get(leaf(path));
    if (v == null || v.isNull()) {
      return fallback;
    }
    try {
      return Quantities.bytes(v.asText());
    } catch (IllegalArgumentException e) {
      throw doc.error(path, e.getMessage());
    }
  }

}
