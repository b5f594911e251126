package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatrixParserTest {
  @Test
  void parse_jsonInProse_readsRows() {
    double[][] m = MatrixParser.parse("The product is [[1, 2], [3, -4.5]].").orElseThrow();
    assertThat(m).isEqualTo(new double[][] {{1, 2}, {3, -4.5}});
  }

  @Test
  void parse_echoedInputsThenResult_takesLastMatrix() {
    String r = "A = [[1, 2], [3, 4]] and B = [[0, 1], [1, 0]], so AB = [[2, 1], [4, 3]].";
    assertThat(MatrixParser.parse(r).orElseThrow()).isEqualTo(new double[][] {{2, 1}, {4, 3}});
  }

  @Test
  void parse_explicitAnswer_winsOverLaterMatrices() {
    String r = "Answer: [[5, 6], [7, 8]]\nCheck: A = [[1, 0], [0, 1]]";
    assertThat(MatrixParser.parse(r.replace("\\n", "\n")).orElseThrow())
        .isEqualTo(new double[][] {{5, 6}, {7, 8}});
  }

  @Test
  void parse_unquotedFractions_readAsRows() {
    assertThat(MatrixParser.parse("[[1/2, 1], [0, -3/4]]").orElseThrow())
        .isEqualTo(new double[][] {{0.5, 1}, {0, -0.75}});
  }

  @Test
  void parse_rowsOfNumbers_takesLastBlock() {
    String r = "Step 1: 2 3\nResult:\n| 1 2 3 |\n| 4 5 6 |\nDone";
    assertThat(MatrixParser.parse(r).orElseThrow())
        .isEqualTo(new double[][] {{1, 2, 3}, {4, 5, 6}});
  }

  @Test
  void parse_latex_readsRows() {
    String r = "$$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$$";
    assertThat(MatrixParser.parse(r).orElseThrow()).isEqualTo(new double[][] {{1, 0}, {0, 1}});
  }

  @Test
  void parse_raggedJson_isEmptyOrRows() {
    assertThat(MatrixParser.parse("[[1,2],[3]]")).isEmpty();
    assertThat(MatrixParser.parse("no matrix here")).isEmpty();
  }
}
