package dev.versus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An immutable square matrix of exact fractions, with the operations the matrix suite asks for. */
record RationalMatrix(List<List<Rational>> rows) {

  RationalMatrix {
    Objects.requireNonNull(rows, "rows");
    int n = rows.size();
    if (n == 0) {
      throw new IllegalArgumentException("matrix has no rows");
    }
    List<List<Rational>> copy = new ArrayList<>(n);
    for (List<Rational> row : rows) {
      if (row.size() != n) {
        throw new IllegalArgumentException("matrix is not square: row of " + row.size() + " in a " + n + "-row matrix");
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }

  static RationalMatrix ofLongs(long[][] values) {
    List<List<Rational>> rows = new ArrayList<>();
    for (long[] row : values) {
      List<Rational> r = new ArrayList<>();
      for (long v : row) {
        r.add(Rational.of(v));
      }
      rows.add(r);
    }
    return new RationalMatrix(rows);
  }

  static RationalMatrix identity(int n) {
    long[][] values = new long[n][n];
    for (int i = 0; i < n; i++) {
      values[i][i] = 1;
    }
    return ofLongs(values);
  }

  int size() {
    return rows.size();
  }

  Rational get(int row, int column) {
    return rows.get(row).get(column);
  }

  RationalMatrix multiply(RationalMatrix other) {
    int n = size();
    Rational[][] out = new Rational[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        Rational sum = Rational.ZERO;
        for (int k = 0; k < n; k++) {
          sum = sum.add(get(i, k).multiply(other.get(k, j)));
        }
        out[i][j] = sum;
      }
    }
    return of(out);
  }

  /** Determinant by Gaussian elimination with exact fractions. */
  Rational determinant() {
    Rational[][] a = toArray();
    int n = size();
    Rational det = Rational.ONE;
    for (int col = 0; col < n; col++) {
      int pivot = pivotRow(a, col);
      if (pivot < 0) {
        return Rational.ZERO;
      }
      if (pivot != col) {
        Rational[] t = a[pivot];
        a[pivot] = a[col];
        a[col] = t;
        det = det.negate();
      }
      det = det.multiply(a[col][col]);
      for (int r = col + 1; r < n; r++) {
        Rational factor = a[r][col].divide(a[col][col]);
        for (int c = col; c < n; c++) {
          a[r][c] = a[r][c].subtract(factor.multiply(a[col][c]));
        }
      }
    }
    return det;
  }

  /** Determinant by cofactor expansion along the first row; slow but independent of elimination. */
  Rational determinantByCofactors() {
    int n = size();
    if (n == 1) {
      return get(0, 0);
    }
    Rational det = Rational.ZERO;
    for (int j = 0; j < n; j++) {
      Rational term = get(0, j).multiply(minor(0, j).determinantByCofactors());
      det = j % 2 == 0 ? det.add(term) : det.subtract(term);
    }
    return det;
  }

  /** Inverse by Gauss–Jordan elimination; throws ArithmeticException for a singular matrix. */
  RationalMatrix inverse() {
    int n = size();
    Rational[][] a = toArray();
    Rational[][] inv = identity(n).toArray();
    for (int col = 0; col < n; col++) {
      int pivot = pivotRow(a, col);
      if (pivot < 0) {
        throw new ArithmeticException("matrix is singular");
      }
      Rational[] t = a[pivot];
      a[pivot] = a[col];
      a[col] = t;
      t = inv[pivot];
      inv[pivot] = inv[col];
      inv[col] = t;
      Rational p = a[col][col];
      for (int c = 0; c < n; c++) {
        a[col][c] = a[col][c].divide(p);
        inv[col][c] = inv[col][c].divide(p);
      }
      for (int r = 0; r < n; r++) {
        if (r != col && !a[r][col].isZero()) {
          Rational factor = a[r][col];
          for (int c = 0; c < n; c++) {
            a[r][c] = a[r][c].subtract(factor.multiply(a[col][c]));
            inv[r][c] = inv[r][c].subtract(factor.multiply(inv[col][c]));
          }
        }
      }
    }
    return of(inv);
  }

  /** JSON array of rows with plain decimals, e.g. {@code [[1,0.5],[-2,3]]}. */
  String toJson() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < size(); i++) {
      sb.append(i == 0 ? "[" : ",[");
      for (int j = 0; j < size(); j++) {
        sb.append(j == 0 ? "" : ",").append(get(i, j).toDecimalString());
      }
      sb.append(']');
    }
    return sb.append(']').toString();
  }

  RationalMatrix with(int row, int column, Rational value) {
    Rational[][] a = toArray();
    a[row][column] = value;
    return of(a);
  }

  private RationalMatrix minor(int skipRow, int skipColumn) {
    List<List<Rational>> out = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      if (i == skipRow) {
        continue;
      }
      List<Rational> row = new ArrayList<>();
      for (int j = 0; j < size(); j++) {
        if (j != skipColumn) {
          row.add(get(i, j));
        }
      }
      out.add(row);
    }
    return new RationalMatrix(out);
  }

  private static int pivotRow(Rational[][] a, int col) {
    for (int r = col; r < a.length; r++) {
      if (!a[r][col].isZero()) {
        return r;
      }
    }
    return -1;
  }

  private Rational[][] toArray() {
    int n = size();
    Rational[][] a = new Rational[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = get(i, j);
      }
    }
    return a;
  }

  private static RationalMatrix of(Rational[][] a) {
    List<List<Rational>> rows = new ArrayList<>();
    for (Rational[] row : a) {
      rows.add(List.of(row));
    }
    return new RationalMatrix(rows);
  }
}
