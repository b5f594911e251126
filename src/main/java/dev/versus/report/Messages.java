package dev.versus.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels of the report and of the dashboard ({@code dash.*} keys) in one language, read from
 * {@code report/messages_<tag>.properties} (UTF-8). Immutable and thread-safe.
 */
public final class Messages {
  private static final Map<ReportLanguage, Messages> CACHE =
      Collections.synchronizedMap(new EnumMap<>(ReportLanguage.class));

  private final ReportLanguage language;
  private final Properties labels;

  private Messages(ReportLanguage language, Properties labels) {
    this.language = language;
    this.labels = labels;
  }

  /** The labels in {@code language}, read once and cached. */
  public static Messages of(ReportLanguage language) {
    return CACHE.computeIfAbsent(language, Messages::load);
  }

  private static Messages load(ReportLanguage language) {
    String path = "report/messages_" + language.tag() + ".properties";
    Properties labels = new Properties();
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ReportException("missing resource " + path);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        labels.load(reader);
      }
    } catch (IOException e) {
      throw new ReportException("cannot read " + path, e);
    }
    return new Messages(language, labels);
  }

  /** The language of these labels. */
  public ReportLanguage language() {
    return language;
  }

  /** The label for a key; a missing key is a bug, so it throws. */
  public String get(String key) {
    String value = labels.getProperty(key);
    if (value == null) {
      throw new ReportException("no label '" + key + "' in messages_" + language.tag());
    }
    return value;
  }

  /** The label with {@code {0}}, {@code {1}}… replaced by the arguments, in order. */
  public String format(String key, Object... args) {
    String text = get(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** Every key, sorted. */
  Set<String> keys() {
    return new TreeSet<>(labels.stringPropertyNames());
  }
}
