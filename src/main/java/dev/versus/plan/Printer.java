package dev.versus.plan;

import java.util.function.Function;

/** Writes an expression back as text, with figures written by a caller-supplied function. */
final class Printer {
  private Printer() {}

  static String print(Expr expr, Function<Expr.Figure, String> figure) {
    return print(expr, figure, 0);
  }

  /** {@code outer} is the precedence of the enclosing operator; lower binds looser. */
  private static String print(Expr e, Function<Expr.Figure, String> figure, int outer) {
    return switch (e) {
      case Expr.Num n -> n.text();
      case Expr.Figure f -> figure.apply(f);
      case Expr.Negate n -> "-" + print(n.operand(), figure, 6);
      case Expr.Not n -> wrap("not " + print(n.operand(), figure, 3), 3, outer);
      case Expr.Logic l -> {
        int p = l.op() == Expr.LogicOp.OR ? 1 : 2;
        yield wrap(
            print(l.left(), figure, p) + " " + l.op().symbol() + " " + print(l.right(), figure, p + 1),
            p, outer);
      }
      case Expr.Compare c ->
          wrap(print(c.left(), figure, 5) + " " + c.op().symbol() + " " + print(c.right(), figure, 5),
              4, outer);
      case Expr.Arith a -> {
        boolean additive = a.op() == Expr.ArithOp.ADD || a.op() == Expr.ArithOp.SUBTRACT;
        int p = additive ? 5 : 6;
        yield wrap(
            print(a.left(), figure, p) + " " + a.op().symbol() + " " + print(a.right(), figure, p + 1),
            p, outer);
      }
    };
  }

  private static String wrap(String text, int precedence, int outer) {
    return precedence < outer ? "(" + text + ")" : text;
  }
}
