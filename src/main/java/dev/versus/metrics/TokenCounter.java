package dev.versus.metrics;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;

/**
 * The client-side tokenizer: OpenAI's cl100k_base BPE (jtokkit). Models tokenise differently, so
 * its counts are an estimate for other models; reports label them as client counts. Thread-safe.
 */
public final class TokenCounter {
  private static final TokenCounter CL100K =
      new TokenCounter(Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE));

  private final Encoding encoding;

  private TokenCounter(Encoding encoding) {
    this.encoding = encoding;
  }

  /** The shared cl100k_base counter. */
  public static TokenCounter cl100k() {
    return CL100K;
  }

  /** Number of tokens in {@code text} (special-token text counted as ordinary text). */
  public int count(String text) {
    return text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
  }

  /** The first {@code tokens} tokens of {@code text}, decoded back to text. */
  public String truncate(String text, int tokens) {
    IntArrayList all = encoding.encodeOrdinary(text);
    if (all.size() <= tokens) {
      return text;
    }
    IntArrayList head = new IntArrayList(tokens);
    for (int i = 0; i < tokens; i++) {
      head.add(all.get(i));
    }
    return encoding.decode(head);
  }
}
