package dev.versus.eval;

import dev.versus.eval.MatrixSuiteGenerator.Task;

/** Prompt texts of the matrix suite, in English and Spanish. */
final class MatrixPrompts {

  private MatrixPrompts() {}

  static String prompt(Task task) {
    boolean es = task.lang().equals("es");
    String a = "A = " + task.a().toJson();
    return switch (task.operation()) {
      case PRODUCT -> (es
              ? "Calcula el producto A·B de estas dos matrices enteras 4×4.\n"
              : "Compute the product A·B of these two 4×4 integer matrices.\n")
          + a + "\nB = " + task.b().toJson() + "\n"
          + (es
              ? "Responde solo con el resultado como un array JSON de filas, por ejemplo [[1,2,3,4],[5,6,7,8],[9,10,11,12],[13,14,15,16]]."
              : "Reply with the result only, as a JSON array of rows, for example [[1,2,3,4],[5,6,7,8],[9,10,11,12],[13,14,15,16]].");
      case DETERMINANT -> (es
              ? "Calcula el determinante de esta matriz entera 4×4.\n"
              : "Compute the determinant of this 4×4 integer matrix.\n")
          + a + "\n"
          + (es ? "Responde solo con el número." : "Reply with the number only.");
      case INVERSE -> (es
              ? "Calcula la inversa de esta matriz entera 4×4.\n"
              : "Compute the inverse of this 4×4 integer matrix.\n")
          + a + "\n"
          + (es
              ? "Responde solo con la inversa como un array JSON de filas, con números decimales (por ejemplo 0.5, no 1/2)."
              : "Reply with the inverse only, as a JSON array of rows, using decimal numbers (for example 0.5, not 1/2).");
    };
  }
}
