package dev.versus.plan;

import dev.versus.plan.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits a claim expression into tokens; columns are 1-based. */
final class Lexer {
  private final String text;
  private int pos;

  private Lexer(String text) {
    this.text = text;
  }

  /**
   * The tokens of {@code text}, ending with {@link Kind#END}.
   *
   * @throws ExpressionException at the first character that starts no token
   */
  static List<Token> tokens(String text) {
    return new Lexer(text).all();
  }

  private List<Token> all() {
    List<Token> out = new ArrayList<>();
    while (true) {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      if (pos >= text.length()) {
        out.add(new Token(Kind.END, "", pos + 1));
        return out;
      }
      out.add(next());
    }
  }

  private Token next() {
    int start = pos;
    char c = text.charAt(pos);
    if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
      return number(start);
    }
    if (Character.isLetter(c) || c == '_') {
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      String word = text.substring(start, pos);
      Kind kind =
          switch (word) {
            case "and" -> Kind.AND;
            case "or" -> Kind.OR;
            case "not" -> Kind.NOT;
            default -> Kind.IDENT;
          };
      return new Token(kind, word, start + 1);
    }
    if (c == '[') {
      int close = text.indexOf(']', pos);
      if (close < 0) {
        throw new ExpressionException(start + 1, "'[' is never closed: expected ']'");
      }
      String argument = text.substring(pos + 1, close).trim();
      if (argument.isEmpty() || !argument.matches("[A-Za-z0-9_.:/-]+")) {
        throw new ExpressionException(
            start + 2,
            "expected a suite or error-class name between the brackets (letters, digits, - _ . : /),"
                + " got '" + argument + "'");
      }
      pos = close + 1;
      return new Token(Kind.ARGUMENT, argument, start + 1);
    }
    String two = pos + 1 < text.length() ? text.substring(pos, pos + 2) : "";
    Kind pair =
        switch (two) {
          case "<=" -> Kind.LE;
          case ">=" -> Kind.GE;
          case "==" -> Kind.EQ;
          case "!=" -> Kind.NE;
          case "&&" -> Kind.AND;
          case "||" -> Kind.OR;
          default -> null;
        };
    if (pair != null) {
      pos += 2;
      return new Token(pair, two, start + 1);
    }
    Kind single =
        switch (c) {
          case '.' -> Kind.DOT;
          case '@' -> Kind.AT;
          case '=' -> Kind.ASSIGN;
          case '(' -> Kind.LPAREN;
          case ')' -> Kind.RPAREN;
          case '+' -> Kind.PLUS;
          case '-' -> Kind.MINUS;
          case '*' -> Kind.STAR;
          case '/' -> Kind.SLASH;
          case '<' -> Kind.LT;
          case '>' -> Kind.GT;
          case '!' -> Kind.NOT;
          default -> throw new ExpressionException(start + 1, "unexpected character '" + c + "'");
        };
    pos++;
    return new Token(single, String.valueOf(c), start + 1);
  }

  /** Digits (with _ separators), a fraction, an exponent, then a unit glued on: 50ms, 40%, 4GiB. */
  private Token number(int start) {
    digits();
    if (pos < text.length() && text.charAt(pos) == '.' && pos + 1 < text.length()
        && Character.isDigit(text.charAt(pos + 1))) {
      pos++;
      digits();
    }
    if (pos + 1 < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int mark = pos;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        digits();
      } else {
        pos = mark;
      }
    }
    while (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '%')) {
      pos++;
    }
    return new Token(Kind.NUMBER, text.substring(start, pos), start + 1);
  }

  private void digits() {
    while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
  }
}
