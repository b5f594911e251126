package dev.versus.guard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds instruction words inside quotation marks: a document that <em>mentions</em> an injection
 * (a red-team report quoting "ignore the previous instructions", a test fixture, a phishing-awareness
 * page, a bug report) rather than one that <em>uses</em> it. Straight and curly double quotes,
 * guillemets and backticks count; apostrophes do not (they close contractions). A quoted span is 8
 * to 300 characters on one line.
 *
 * <p>{@link Guard} uses it for one decision only: a heuristic firing on a document that quotes such
 * words and that the document classifier reads as benign is dropped (docs/guard-figures.md, session
 * 8: on the helper-written sets, with classifier probabilities from models that had not seen each
 * set, this removed 37 false positives for 2 attacks; no BIPIA attack in a real e-mail quotes its
 * instruction).
 */
final class QuotedInstruction {
  private static final Pattern QUOTED = Pattern.compile("[\"“”«»`]([^\"“”«»`\\n]{8,300})[\"“”«»`]");
  private static final Pattern WORDS =
      Pattern.compile(
          "ignor|instruc|system prompt|prompt|olvid|disregard|reenv|forward|send|envia|exfil|assistant|asistente"
              + "|\\bai\\b|\\bia\\b",
          Pattern.CASE_INSENSITIVE);

  private QuotedInstruction() {}

  /** The first quoted span of {@code text} that holds instruction words. */
  static Optional<String> in(String text) {
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      if (WORDS.matcher(m.group(1)).find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
