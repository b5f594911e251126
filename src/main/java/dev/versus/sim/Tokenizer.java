package dev.versus.sim;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import dev.versus.core.Message;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's tokenizer: OpenAI's cl100k_base (via jtokkit) for every model, so that usage is
 * exact and a client with the same tokenizer counts the same numbers.
 */
final class Tokenizer {
  /**
   * Tokens a chat message costs besides its text (start marker, role, separator); the same figure
   * OpenAI's published counting recipe uses for its cl100k chat models.
   */
  static final int PER_MESSAGE_OVERHEAD = 4;

  /** Tokens that prime the assistant's reply, counted once per request. */
  static final int REPLY_PRIMING = 3;

  // The lazy registry builds only cl100k_base; the default one builds every encoding it knows.
  private static final Encoding CL100K =
      Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  private Tokenizer() {}

  /** Tokens in {@code text}, special-token text counted as ordinary text. */
  static int count(String text) {
    return CL100K.countTokensOrdinary(text);
  }

  /** Prompt tokens of a conversation: text plus the fixed per-message and reply overheads. */
  static int countPrompt(List<Message> messages) {
    int total = REPLY_PRIMING;
    for (Message message : messages) {
      total += PER_MESSAGE_OVERHEAD + count(message.content());
    }
    return total;
  }

  /**
   * Splits {@code text} into its tokens' texts. A token that ends inside a multi-byte character is
   * joined with the next ones, so a piece may hold several tokens; the counts always sum to {@link
   * #count}.
   */
  static List<Piece> pieces(String text) {
    IntArrayList ids = CL100K.encodeOrdinary(text);
    List<Piece> pieces = new ArrayList<>();
    IntArrayList pending = new IntArrayList();
    for (int i = 0; i < ids.size(); i++) {
      pending.add(ids.get(i));
      byte[] bytes = CL100K.decodeBytes(pending);
      if (isCompleteUtf8(bytes) || i == ids.size() - 1) {
        pieces.add(new Piece(new String(bytes, StandardCharsets.UTF_8), pending.size()));
        pending = new IntArrayList();
      }
    }
    return pieces;
  }

  private static boolean isCompleteUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The text of one or more consecutive tokens. */
  record Piece(String text, int tokens) {}
}
