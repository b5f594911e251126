package dev.versus.plan;

/** A lexical token of a claim expression, with its 1-based column. */
record Token(Kind kind, String text, int column) {

  enum Kind {
    IDENT,
    NUMBER,
    /** Bracketed argument; {@code text} is what is between the brackets. */
    ARGUMENT,
    DOT,
    AT,
    ASSIGN,
    LPAREN,
    RPAREN,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    LT,
    LE,
    GT,
    GE,
    EQ,
    NE,
    AND,
    OR,
    NOT,
    END
  }

  /** How the token is named in "expected ... but found ..." messages. */
  String describe() {
    return switch (kind) {
      case END -> "the end of the expression";
      case ARGUMENT -> "'[" + text + "]'";
      default -> "'" + text + "'";
    };
  }
}
