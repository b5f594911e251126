package dev.versus.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads suite files. JSONL: one case per line, {@code {"id", "prompt" | "messages", "expected"
 * (string or list), "scorer", "options"?, "lang"?, "tags"?, "system"?, "vars"?, "metadata"?}};
 * blank lines and lines starting with {@code //} are skipped; the suite is named after the file.
 * YAML: a header {@code name, description, scorer (default), lang (default), judge, rubric, cases}
 * where {@code cases} is a list of the same objects or the path of a JSONL file relative to the
 * YAML file, and {@code judge} (a model reference) and {@code rubric} are the defaults of the
 * {@code llm-judge} cases' options of those names.
 */
public final class SuiteReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final Scorers scorers;

  private SuiteReader(Scorers scorers) {
    this.scorers = scorers;
  }

  /** A reader that checks scorer names and options against {@code scorers}. */
  public static SuiteReader create(Scorers scorers) {
    return new SuiteReader(scorers);
  }

  /** Reads a {@code .jsonl}, {@code .yaml} or {@code .yml} suite file. */
  public Suite read(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return readJsonl(baseName(name), "", file.toString(), r, "", "en");
      } catch (IOException e) {
        throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
      }
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return readYaml(file);
    }
    throw new EvalException(file + ": unknown suite file type, expected .jsonl, .yaml or .yml");
  }

  /**
   * Reads JSONL cases from {@code reader}; {@code source} names it in messages. {@code
   * defaultScorer} may be empty when every line names its scorer.
   */
  public Suite readJsonl(String suiteName, String description, String source, Reader reader,
      String defaultScorer, String defaultLanguage) {
    return readJsonl(suiteName, description, source, reader,
        new CaseParser(scorers, defaultScorer, defaultLanguage), defaultScorer);
  }

  private Suite readJsonl(String suiteName, String description, String source, Reader reader,
      CaseParser parser, String defaultScorer) {
    List<EvalCase> cases = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        String t = (lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
        if (t.isEmpty() || t.startsWith("//")) {
          continue;
        }
        JsonNode node;
        try {
          node = JsonExtraction.MAPPER.readTree(t);
        } catch (JsonProcessingException e) {
          throw new EvalException(source + ":" + lineNo + ": not valid JSON ("
              + e.getOriginalMessage() + "); expected one case object per line");
        }
        cases.add(parser.parse(node, source, lineNo));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (cases.isEmpty()) {
      throw new EvalException(source + ": no cases, expected one JSON object per line");
    }
    String scorer = defaultScorer.isEmpty() ? cases.get(0).scorer() : defaultScorer;
    return checkedSuite(source, suiteName, description, cases, scorer);
  }

  private Suite readYaml(Path file) {
    try (JsonParser p = YAML.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new EvalException(file + ":1: expected a mapping with name, description, scorer,"
            + " cases");
      }
      String name = baseName(file.getFileName().toString());
      String description = "";
      String scorer = "";
      String lang = "en";
      List<JsonNode> caseNodes = new ArrayList<>();
      List<Integer> caseLines = new ArrayList<>();
      String casesFile = "";
      Map<String, String> judgeDefaults = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int line = p.currentTokenLocation().getLineNr();
        p.nextToken();
        if (field.equals("cases") && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            caseLines.add(p.currentTokenLocation().getLineNr());
            caseNodes.add(p.readValueAsTree());
          }
          continue;
        }
        JsonNode value = p.readValueAsTree();
        String at = file + ":" + line + ": field '" + field + "': ";
        if (!value.isTextual()) {
          throw new EvalException(at + "expected a string, got " + CaseParser.kind(value));
        }
        switch (field) {
          case "name" -> name = value.textValue();
          case "description" -> description = value.textValue();
          case "scorer" -> scorer = value.textValue();
          case "lang" -> lang = value.textValue();
          case "cases" -> casesFile = value.textValue();
          case "judge", "rubric" -> judgeDefaults.put(field, value.textValue());
          default -> throw new EvalException(file + ":" + line + ": unknown field '" + field
              + "', expected one of name, description, scorer, lang, judge, rubric, cases");
        }
      }
      if (!scorer.isEmpty() && scorers.find(scorer).isEmpty()) {
        throw new EvalException(file + ": field 'scorer': " + scorers.unknown(scorer));
      }
      if (!casesFile.isEmpty()) {
        Path jsonl = file.resolveSibling(casesFile);
        try (Reader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
          return readJsonl(name, description, jsonl.toString(), r,
              new CaseParser(scorers, scorer, lang, judgeDefaults), scorer);
        }
      }
      if (caseNodes.isEmpty()) {
        throw new EvalException(file + ": field 'cases': missing or empty, expected a list of"
            + " cases or the path of a JSONL file");
      }
      CaseParser parser = new CaseParser(scorers, scorer, lang, judgeDefaults);
      List<EvalCase> cases = new ArrayList<>();
      for (int i = 0; i < caseNodes.size(); i++) {
        cases.add(parser.parse(caseNodes.get(i), file.toString(), caseLines.get(i)));
      }
      return checkedSuite(file.toString(), name, description, cases,
          scorer.isEmpty() ? cases.get(0).scorer() : scorer);
    } catch (JsonProcessingException e) {
      throw new EvalException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static Suite checkedSuite(String source, String name, String description,
      List<EvalCase> cases, String scorer) {
    try {
      return new Suite(name, description, cases, scorer);
    } catch (EvalException e) {
      throw new EvalException(source + ": " + e.getMessage(), e);
    }
  }

  private static String baseName(String fileName) {
    int dot = fileName.indexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
