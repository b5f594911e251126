package dev.versus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.versus.core.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * promptfoo-style YAML: {@code prompts} (strings with {@code {{var}}} placeholders, or {@code
 * {raw}}), {@code providers} (recorded in {@link LoadedDataset#providers()}, not used), {@code
 * defaultTest} and {@code tests} with {@code vars} and an {@code assert} list. One case per test
 * and prompt. A single assertion becomes its scorer; several become {@code all-of}. Unsupported
 * assertion types are skipped with a warning naming them, or fail the load with option {@code
 * strict=true}; a test left with no usable assertion is skipped with a warning.
 */
final class PromptfooLoader implements DatasetLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Override
  public LoadedDataset load(Path file, Map<String, String> options, Scorers scorers) {
    boolean strict = Boolean.parseBoolean(options.getOrDefault("strict", "false"));
    String lang = options.getOrDefault("lang", "en");
    JsonNode root;
    try {
      root = YAML.readTree(TextLines.readString(file));
    } catch (JsonProcessingException e) {
      throw new EvalException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: "
          + e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || !root.has("tests")) {
      throw new EvalException(file + ": expected a promptfoo config with 'prompts' and 'tests'");
    }
    List<String> prompts = prompts(root.path("prompts"), file);
    List<String> providers = new ArrayList<>();
    for (JsonNode p : root.path("providers").isArray() ? root.path("providers")
        : YAML.createArrayNode().add(root.path("providers"))) {
      String id = p.isTextual() ? p.textValue() : p.path("id").asText("");
      if (!id.isEmpty()) {
        providers.add(id);
      }
    }
    JsonNode tests = root.path("tests");
    if (!tests.isArray()) {
      throw new EvalException(file + ": field 'tests': expected a list of tests inline, got "
          + CaseParser.kind(tests) + " (file:// references are not supported)");
    }
    JsonNode defaults = root.path("defaultTest");
    List<String> warnings = new ArrayList<>();
    List<EvalCase> cases = new ArrayList<>();
    for (int i = 0; i < tests.size(); i++) {
      String at = file + ": tests[" + i + "]";
      JsonNode test = tests.get(i);
      Map<String, String> vars = vars(defaults.path("vars"), at + ".vars");
      vars.putAll(vars(test.path("vars"), at + ".vars"));
      List<PromptfooAssertions.Mapped> asserts = new ArrayList<>();
      List<JsonNode> all = new ArrayList<>();
      defaults.path("assert").forEach(all::add);
      test.path("assert").forEach(all::add);
      for (int a = 0; a < all.size(); a++) {
        String aat = at + ".assert[" + a + "]: ";
        Optional<PromptfooAssertions.Mapped> m = PromptfooAssertions.map(all.get(a), vars, aat);
        String type = all.get(a).path("type").asText();
        if (m.isEmpty()) {
          String msg = aat + "assertion type '" + type + "' is not supported (supported: "
              + String.join(", ", PromptfooAssertions.SUPPORTED) + ")";
          if (strict) {
            throw new EvalException(msg);
          }
          warnings.add(msg + "; skipped");
        } else if (scorers.find(m.get().scorer()).isEmpty()) {
          String msg = aat + "assertion type '" + type + "' needs scorer '" + m.get().scorer()
              + "', which is not configured (" + scorers.unknown(m.get().scorer()) + ")";
          if (strict) {
            throw new EvalException(msg);
          }
          warnings.add(msg + "; skipped");
        } else {
          asserts.add(m.get());
        }
      }
      if (asserts.isEmpty()) {
        warnings.add(at + ": no supported assertion; test skipped");
        continue;
      }
      for (int p = 0; p < prompts.size(); p++) {
        String id = "test-" + (i + 1) + (prompts.size() > 1 ? "-p" + (p + 1) : "");
        cases.add(TextLines.validated(toCase(id, prompts.get(p), vars, asserts, lang,
            test.path("description").asText("")), scorers, at + ": "));
      }
    }
    if (cases.isEmpty()) {
      throw new EvalException(file + ": no test with a supported assertion; " + warnings);
    }
    String name = file.getFileName().toString().replaceAll("\\.ya?ml$", "");
    String description = root.path("description").asText("promptfoo tests from " + file);
    return new LoadedDataset(new Suite(name, description, cases, "all-of"), warnings, providers);
  }

  private static EvalCase toCase(String id, String prompt, Map<String, String> vars,
      List<PromptfooAssertions.Mapped> asserts, String lang, String description) {
    Map<String, String> meta = description.isEmpty() ? Map.of() : Map.of("description", description);
    if (asserts.size() == 1) {
      PromptfooAssertions.Mapped m = asserts.get(0);
      return new EvalCase(id, List.of(Message.user(prompt)), vars, m.expected(), m.scorer(),
          ScorerOptions.of(m.options()), lang, List.of("promptfoo"), meta);
    }
    List<Object> list = new ArrayList<>();
    asserts.forEach(m -> list.add(m.asOption()));
    return new EvalCase(id, List.of(Message.user(prompt)), vars, List.of(), "all-of",
        ScorerOptions.of(Map.of("asserts", list)), lang, List.of("promptfoo"), meta);
  }

  private static List<String> prompts(JsonNode node, Path file) {
    List<String> out = new ArrayList<>();
    JsonNode list = node.isArray() ? node : YAML.createArrayNode().add(node);
    for (int i = 0; i < list.size(); i++) {
      JsonNode p = list.get(i);
      String text = p.isTextual() ? p.textValue() : p.path("raw").asText("");
      if (text.isBlank()) {
        throw new EvalException(file + ": prompts[" + i + "]: expected a prompt string or"
            + " {raw: ...}, got " + CaseParser.kind(p));
      }
      if (text.startsWith("file://")) {
        throw new EvalException(file + ": prompts[" + i + "]: file:// prompts are not supported;"
            + " write the prompt inline");
      }
      out.add(text);
    }
    if (out.isEmpty()) {
      throw new EvalException(file + ": field 'prompts': expected at least one prompt");
    }
    return out;
  }

  private static Map<String, String> vars(JsonNode node, String at) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw new EvalException(at + ": expected a mapping of variable names to values");
    }
    for (var e : node.properties()) {
      if (e.getValue().isContainerNode()) {
        throw new EvalException(at + "." + e.getKey() + ": lists and objects as variable values"
            + " are not supported (promptfoo expands them into several tests); use one value");
      }
      String value = e.getValue().asText();
      if (value.startsWith("file://")) {
        throw new EvalException(at + "." + e.getKey() + ": file:// variable values are not"
            + " supported; write the value inline");
      }
      out.put(e.getKey(), value);
    }
    return out;
  }
}
