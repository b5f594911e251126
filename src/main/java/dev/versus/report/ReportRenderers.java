package dev.versus.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The registry of renderers by format name: {@code html}, {@code md}, {@code json}, {@code csv}, {@code junit}. */
public final class ReportRenderers {
  private static final Map<String, Supplier<ReportRenderer>> FACTORIES = new LinkedHashMap<>();

  static {
    register("html", HtmlRenderer::new);
    register("md", MarkdownRenderer::new);
    register("json", JsonRenderer::new);
    register("csv", CsvRenderer::new);
    register("junit", JunitRenderer::new);
  }

  private ReportRenderers() {}

  private static void register(String name, Supplier<ReportRenderer> factory) {
    FACTORIES.put(name, factory);
  }

  /** The registered format names, in a stable order. */
  public static List<String> formats() {
    return List.copyOf(FACTORIES.keySet());
  }

  /** The renderer for a format name (case-insensitive), if there is one. */
  public static Optional<ReportRenderer> find(String format) {
    Supplier<ReportRenderer> factory = FACTORIES.get(format.strip().toLowerCase(Locale.ROOT));
    return Optional.ofNullable(factory).map(Supplier::get);
  }

  /** The renderer for a format name, or an exception that lists the known formats. */
  public static ReportRenderer require(String format) {
    return find(format)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown report format '" + format + "', expected one of " + formats()));
  }
}
