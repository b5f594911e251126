package dev.versus.guard;

/**
 * How a text reaches the model, and so how the guard screens it: typed by the user
 * ({@link Guard#screenInput}) or placed into the prompt by the application as external content
 * ({@link Guard#screenDocument}: an e-mail, a retrieved page, a tool result).
 */
public enum Channel {
  /** A user prompt: screened at the input side's injection threshold. */
  PROMPT,
  /** External content placed into a prompt: screened at the document threshold. */
  DOCUMENT;

  /** The name used in reports, e.g. {@code document}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
