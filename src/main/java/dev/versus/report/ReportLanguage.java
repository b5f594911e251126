package dev.versus.report;

import java.util.Locale;

/** The language a report is written in ({@code --lang en|es}). */
public enum ReportLanguage {
  /** English. */
  EN,
  /** Spanish. */
  ES;

  /** The tag used on the command line and in file names, e.g. {@code "es"}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@link #tag()}; the message names the accepted values. */
  public static ReportLanguage fromTag(String tag) {
    for (ReportLanguage language : values()) {
      if (language.tag().equalsIgnoreCase(tag.strip())) {
        return language;
      }
    }
    throw new IllegalArgumentException("unknown report language '" + tag + "', expected en or es");
  }
}
