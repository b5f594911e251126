package dev.versus.serve;

import dev.versus.report.ReportLanguage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds a report language by tag, or the preferred one of an Accept-Language header. */
final class ReportLanguages {
  private ReportLanguages() {}

  /** The language with this tag ({@code en}, {@code es}, any case). */
  static Optional<ReportLanguage> byTag(String tag) {
    for (ReportLanguage language : ReportLanguage.values()) {
      if (language.tag().equalsIgnoreCase(tag.strip())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The header's most preferred language that reports come in, matched on the primary subtag
   * ({@code es-ES} is {@code es}), by quality value (q=0 excluded), then by order.
   */
  static Optional<ReportLanguage> preferred(String acceptLanguage) {
    record Range(ReportLanguage language, double quality, int order) {}
    List<Range> ranges = new ArrayList<>();
    String[] parts = acceptLanguage.split(",");
    for (int i = 0; i < parts.length; i++) {
      String[] fields = parts[i].strip().split(";");
      String primary = fields[0].strip().split("-")[0].toLowerCase(Locale.ROOT);
      double quality = 1.0;
      for (int f = 1; f < fields.length; f++) {
        String field = fields[f].strip();
        if (field.startsWith("q=")) {
          try {
            quality = Double.parseDouble(field.substring(2));
          } catch (NumberFormatException e) {
            quality = 0; // a malformed weight: ignore the range, as browsers never send one
          }
        }
      }
      int order = i;
      double q = quality;
      byTag(primary).filter(l -> q > 0).ifPresent(l -> ranges.add(new Range(l, q, order)));
    }
    return ranges.stream()
        .min(Comparator.comparingDouble((Range r) -> -r.quality()).thenComparingInt(Range::order))
        .map(Range::language);
  }
}
