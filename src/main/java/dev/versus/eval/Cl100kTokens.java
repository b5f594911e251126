package dev.versus.eval;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/** Token counts with OpenAI's cl100k_base encoding (jtokkit); special-token text counts as ordinary text. */
final class Cl100kTokens {

  private static final Encoding ENCODING =
      Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  private Cl100kTokens() {}

  static int count(String text) {
    return ENCODING.countTokensOrdinary(text);
  }
}
