package dev.versus.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed and checked claim expression, e.g. {@code flash.e2e.p50 < maverick.e2e.p50}.
 *
 * @param text the expression as written
 * @param expr its syntax tree
 */
public record ClaimExpression(String text, Expr expr) {

  public ClaimExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expr, "expr");
  }

  /**
   * Parses and checks {@code text} against the standard metric catalogue.
   *
   * @throws ExpressionException naming the 1-based column of the first problem
   */
  public static ClaimExpression parse(String text) {
    return parse(text, MetricCatalog.standard());
  }

  /**
   * Parses and checks {@code text} against {@code catalog}.
   *
   * @throws ExpressionException naming the 1-based column of the first problem
   */
  public static ClaimExpression parse(String text, MetricCatalog catalog) {
    Expr expr = Parser.parse(text, catalog);
    new Typer(catalog).condition(expr);
    return new ClaimExpression(text, expr);
  }

  /** Every figure the expression names, left to right (repeats included). */
  public List<Expr.Figure> figures() {
    List<Expr.Figure> out = new ArrayList<>();
    collect(expr, out);
    return List.copyOf(out);
  }

  /** The expression in canonical form, fully parenthesised where precedence needs it. */
  public String canonical() {
    return Printer.print(expr, f -> f.ref().name());
  }

  private static void collect(Expr e, List<Expr.Figure> out) {
    switch (e) {
      case Expr.Figure f -> out.add(f);
      case Expr.Num n -> {}
      case Expr.Negate n -> collect(n.operand(), out);
      case Expr.Not n -> collect(n.operand(), out);
      case Expr.Arith a -> {
        collect(a.left(), out);
        collect(a.right(), out);
      }
      case Expr.Compare c -> {
        collect(c.left(), out);
        collect(c.right(), out);
      }
      case Expr.Logic l -> {
        collect(l.left(), out);
        collect(l.right(), out);
      }
    }
  }
}
