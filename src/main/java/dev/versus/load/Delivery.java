package dev.versus.load;

/**
 * How a bench asks for each answer.
 *
 * <ul>
 *   <li>{@link #STREAMED}: server-sent events; every output-carrying event is timed, so TTFT, ITL
 *       and TPOT are measured.
 *   <li>{@link #WHOLE}: one non-streamed response ({@code "stream": false}); the first token reaches
 *       the caller with the whole answer, so TTFT equals E2E, there are no inter-token gaps and TPOT
 *       is not measured. This is what applications that do not stream see, and the request {@code
 *       wrk} sends to the non-streaming endpoint.
 * </ul>
 */
public enum Delivery {
  STREAMED,
  WHOLE;

  /** The name in summaries and on the command line: {@code streamed} or {@code whole}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
