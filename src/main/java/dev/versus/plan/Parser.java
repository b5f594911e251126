package dev.versus.plan;

import dev.versus.plan.Expr.ArithOp;
import dev.versus.plan.Expr.CompareOp;
import dev.versus.plan.Expr.LogicOp;
import dev.versus.plan.Token.Kind;
import java.util.List;

/**
 * Recursive-descent parser of claim expressions. Grammar, loosest first:
 *
 * <pre>
 * or      := and ("or" and)*
 * and     := not ("and" not)*
 * not     := "not" not | compare
 * compare := sum (("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum)?
 * sum     := product (("+" | "-") product)*
 * product := unary (("*" | "/") unary)*
 * unary   := "-" unary | NUMBER | "(" or ")" | figure
 * figure  := MODEL "." METRIC ("[" ARG "]")? ("." STAT)? ("@" ("concurrency" | "rate") "=" NUMBER)?
 * </pre>
 */
final class Parser {
  private final List<Token> tokens;
  private final FigureParser figures;
  private int pos;

  private Parser(List<Token> tokens, MetricCatalog catalog) {
    this.tokens = tokens;
    this.figures = new FigureParser(this, catalog);
  }

  /**
   * Parses {@code text}.
   *
   * @throws ExpressionException at the column of the first problem
   */
  static Expr parse(String text, MetricCatalog catalog) {
    Parser parser = new Parser(Lexer.tokens(text), catalog);
    if (parser.peek().kind() == Kind.END) {
      throw new ExpressionException(1, "the expression is empty");
    }
    Expr expr = parser.or();
    Token rest = parser.peek();
    if (rest.kind() != Kind.END) {
      String hint = rest.kind() == Kind.ASSIGN ? " (write == to compare for equality)" : "";
      throw new ExpressionException(
          rest.column(), "expected an operator or the end of the expression, found " + rest.describe() + hint);
    }
    return expr;
  }

  private Expr or() {
    Expr left = and();
    while (peek().kind() == Kind.OR) {
      Token op = take();
      left = new Expr.Logic(LogicOp.OR, left, and(), op.column());
    }
    return left;
  }

  private Expr and() {
    Expr left = not();
    while (peek().kind() == Kind.AND) {
      Token op = take();
      left = new Expr.Logic(LogicOp.AND, left, not(), op.column());
    }
    return left;
  }

  private Expr not() {
    if (peek().kind() == Kind.NOT) {
      Token op = take();
      return new Expr.Not(not(), op.column());
    }
    return compare();
  }

  private Expr compare() {
    Expr left = sum();
    CompareOp op = compareOp(peek().kind());
    if (op == null) {
      return left;
    }
    Token opToken = take();
    Expr result = new Expr.Compare(op, left, sum(), opToken.column());
    Token next = peek();
    if (compareOp(next.kind()) != null) {
      throw new ExpressionException(
          next.column(), "comparisons do not chain: write 'a < b and b < c'");
    }
    return result;
  }

  private Expr sum() {
    Expr left = product();
    while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
      Token op = take();
      ArithOp arith = op.kind() == Kind.PLUS ? ArithOp.ADD : ArithOp.SUBTRACT;
      left = new Expr.Arith(arith, left, product(), op.column());
    }
    return left;
  }

  private Expr product() {
    Expr left = unary();
    while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
      Token op = take();
      ArithOp arith = op.kind() == Kind.STAR ? ArithOp.MULTIPLY : ArithOp.DIVIDE;
      left = new Expr.Arith(arith, left, unary(), op.column());
    }
    return left;
  }

  private Expr unary() {
    Token t = peek();
    switch (t.kind()) {
      case MINUS -> {
        take();
        return new Expr.Negate(unary(), t.column());
      }
      case NUMBER -> {
        take();
        return Literals.parse(t);
      }
      case LPAREN -> {
        take();
        Expr inner = or();
        expect(Kind.RPAREN, "')' to close the '(' at column " + t.column());
        return inner;
      }
      case IDENT -> {
        return figures.figure();
      }
      default ->
          throw new ExpressionException(
              t.column(),
              "expected a figure such as flash.ttft.p50, a number or '(', found " + t.describe());
    }
  }

  private static CompareOp compareOp(Kind kind) {
    return switch (kind) {
      case LT -> CompareOp.LT;
      case LE -> CompareOp.LE;
      case GT -> CompareOp.GT;
      case GE -> CompareOp.GE;
      case EQ -> CompareOp.EQ;
      case NE -> CompareOp.NE;
      default -> null;
    };
  }

  Token peek() {
    return tokens.get(pos);
  }

  Token take() {
    Token t = tokens.get(pos);
    if (t.kind() != Kind.END) {
      pos++;
    }
    return t;
  }

  Token expect(Kind kind, String what) {
    Token t = peek();
    if (t.kind() != kind) {
      throw new ExpressionException(t.column(), "expected " + what + ", found " + t.describe());
    }
    return take();
  }
}
