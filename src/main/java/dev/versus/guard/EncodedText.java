package dev.versus.guard;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds base64 and hex blobs in a text and decodes those that hold readable text. */
final class EncodedText {
  // One character class, no nested alternation: linear time on long runs.
  private static final Pattern BASE64 =
      Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{20,}={0,2}");
  private static final Pattern HEX = Pattern.compile("(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){12,}(?![0-9A-Fa-f])");

  private EncodedText() {}

  /** The readable texts hidden in base64 or hex blobs of at least 20 / 12 bytes. */
  static List<String> decodedBlobs(String text) {
    if (!mayHoldBlob(text)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Matcher b = BASE64.matcher(text);
    while (b.find()) {
      base64(b.group()).flatMap(EncodedText::readable).ifPresent(out::add);
    }
    Matcher h = HEX.matcher(text);
    while (h.find()) {
      hex(h.group()).flatMap(EncodedText::readable).ifPresent(out::add);
    }
    return out;
  }

  /**
   * False when neither pattern can match: no run of 20 base64 characters, and no run of hex digits,
   * spaces and colons holding 24 hex digits. One pass over the text, where the two patterns try
   * every position (most of the cost of screening an ordinary kilobyte of prose).
   */
  static boolean mayHoldBlob(String text) {
    int base64Run = 0;
    int hexDigits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      boolean base64 = hex || (c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z')
          || c == '+' || c == '/' || c == '_' || c == '-';
      base64Run = base64 ? base64Run + 1 : 0;
      hexDigits = hex ? hexDigits + 1 : c == ' ' || c == ':' ? hexDigits : 0;
      if (base64Run >= 20 || hexDigits >= 24) {
        return true;
      }
    }
    return false;
  }

  /** A digit, '+' or '/': not an ordinary word. */
  private static final Pattern BASE64_SIGN = Pattern.compile("[0-9+/]");
  /** Upper, lower, upper case in that order: not an ordinary word either. */
  private static final Pattern MIXED_CASE = Pattern.compile("[A-Z].*[a-z].*[A-Z]");

  static Optional<byte[]> base64(String blob) {
    String s = blob.replace('-', '+').replace('_', '/').replace("=", "");
    if (!BASE64_SIGN.matcher(s).find() && !MIXED_CASE.matcher(s).find()) {
      return Optional.empty(); // an ordinary long word, not base64
    }
    try {
      return Optional.of(Base64.getDecoder().decode(pad(s)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String pad(String s) {
    int rem = s.length() % 4;
    return rem == 2 ? s + "==" : rem == 3 ? s + "=" : rem == 1 ? s.substring(0, s.length() - 1) : s;
  }

  static Optional<byte[]> hex(String blob) {
    try {
      return Optional.of(HexFormat.of().parseHex(blob.replaceAll("[ :]", "")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** UTF-8 text with at least 85% letters, digits, spaces and common punctuation. */
  static Optional<String> readable(byte[] bytes) {
    String s;
    try {
      s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    if (s.length() < 8) {
      return Optional.empty();
    }
    long good =
        s.codePoints()
            .filter(c -> Character.isLetterOrDigit(c) || c == ' ' || ".,:;!?'\"-()\n".indexOf(c) >= 0)
            .count();
    long spaces = s.chars().filter(c -> c == ' ').count();
    return good >= 0.85 * s.length() && spaces >= 1 ? Optional.of(s) : Optional.empty();
  }
}
