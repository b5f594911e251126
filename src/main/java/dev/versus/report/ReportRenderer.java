package dev.versus.report;

/**
 * Turns a {@link ReportModel} into one document of one format. Implementations are stateless and
 * safe to share between threads; obtain them from {@link ReportRenderers}.
 */
public interface ReportRenderer {

  /** The format name used on the command line, e.g. {@code "html"}. */
  String format();

  /** The usual file extension, without the dot. */
  String fileExtension();

  /** The media type of the output, e.g. {@code "text/html; charset=utf-8"}. */
  String mediaType();

  /** Renders the whole document. Labels are in {@code language}; numbers use {@code Locale.ROOT}. */
  String render(ReportModel model, ReportLanguage language);
}
