package dev.versus.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** File helpers shared by the dataset loaders. */
final class TextLines {
  private TextLines() {}

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Language from option {@code lang}, else a {@code _es} / {@code .es.} marker in the file name. */
  static String language(Path file, Map<String, String> options, String fallback) {
    String given = options.get("lang");
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[._-]([a-z]{2})\\.[a-z]+$").matcher(name);
    return m.find() ? m.group(1) : fallback;
  }

  static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The scorer named by option {@code scorer}, else {@code fallback}, checked to exist. */
  static String scorer(Map<String, String> options, String fallback, Scorers scorers) {
    String name = options.getOrDefault("scorer", fallback);
    scorers.require(name);
    return name;
  }

  /** Validates {@code c} with its scorer, prefixing any message with {@code at}. */
  static EvalCase validated(EvalCase c, Scorers scorers, String at) {
    try {
      scorers.require(c.scorer()).validate(c);
    } catch (EvalException e) {
      throw new EvalException(at + e.getMessage(), e);
    }
    return c;
  }
}
