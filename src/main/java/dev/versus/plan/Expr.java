package dev.versus.plan;

import java.util.Objects;

/**
 * The syntax tree of a claim expression. Every node keeps the 1-based column where it starts (for a
 * binary node: its operator) so that later checks can point at it.
 */
public sealed interface Expr {

  /** 1-based column in the expression text. */
  int column();

  /** A number, with its unit converted to the base unit ({@code 50ms} is 0.05 seconds). */
  record Num(double value, Unit unit, String text, int column) implements Expr {
    public Num {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A measured figure. */
  record Figure(FigureRef ref, int column) implements Expr {
    public Figure {
      Objects.requireNonNull(ref, "ref");
    }
  }

  /** Unary minus. */
  record Negate(Expr operand, int column) implements Expr {
    public Negate {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code + - * /}. */
  record Arith(ArithOp op, Expr left, Expr right, int column) implements Expr {
    public Arith {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code < <= > >= == !=}. */
  record Compare(CompareOp op, Expr left, Expr right, int column) implements Expr {
    public Compare {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code and}, {@code or}. */
  record Logic(LogicOp op, Expr left, Expr right, int column) implements Expr {
    public Logic {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code not}. */
  record Not(Expr operand, int column) implements Expr {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** Arithmetic operators. */
  enum ArithOp {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/");

    private final String symbol;

    ArithOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** Comparison operators. */
  enum CompareOp {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=="),
    NE("!=");

    private final String symbol;

    CompareOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** Boolean connectives. */
  enum LogicOp {
    AND("and"),
    OR("or");

    private final String symbol;

    LogicOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
