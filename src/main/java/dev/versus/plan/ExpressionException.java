package dev.versus.plan;

/**
 * A claim expression that does not parse or does not make sense (unknown metric, mixed units). The
 * message starts with the 1-based column: {@code column 14: unknown metric 'ttf' ...}.
 */
public final class ExpressionException extends RuntimeException {
  private final int column;
  private final String problem;

  /** A problem at a 1-based column. */
  public ExpressionException(int column, String problem) {
    super("column " + column + ": " + problem);
    this.column = column;
    this.problem = problem;
  }

  /** 1-based column in the expression. */
  public int column() {
    return column;
  }

  /** The message without the column. */
  public String problem() {
    return problem;
  }
}
