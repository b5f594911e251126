package dev.versus.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.eval.MatrixSuiteGenerator.Operation;
import dev.versus.eval.MatrixSuiteGenerator.Task;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatrixSuiteGeneratorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final MatrixSuiteGenerator suite = MatrixSuiteGenerator.create();

  @Test
  void create_sameSeed_sameCasesAndOtherSeedDiffers() {
    List<String> a = MatrixSuiteGenerator.create(11, 5).cases().stream().map(GeneratedCase::toJsonLine).toList();
    List<String> b = MatrixSuiteGenerator.create(11, 5).cases().stream().map(GeneratedCase::toJsonLine).toList();
    List<String> c = MatrixSuiteGenerator.create(12, 5).cases().stream().map(GeneratedCase::toJsonLine).toList();

    assertThat(a).hasSize(15).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void cases_defaultSuite_sixtyUniqueCasesScoredByMatrix() {
    List<GeneratedCase> cases = suite.cases();
    Set<String> ids = new HashSet<>();
    Set<String> prompts = new HashSet<>();

    assertThat(cases).hasSize(60);
    for (GeneratedCase c : cases) {
      assertThat(ids.add(c.id()) && prompts.add(c.prompt())).isTrue();
      assertThat(c.options().path("tolerance").asDouble()).isEqualTo(0.01);
      assertThat(c.scorer()).isEqualTo("matrix");
      assertThat(c.expected().isTextual()).isTrue();
    }
    assertThat(cases).extracting(GeneratedCase::lang).contains("es", "en");
  }

  @Test
  void tasks_inverse_timesMatrixIsIdentityWithSmallEntriesAndShortDecimals() {
    for (Task t : tasks(Operation.INVERSE)) {
      RationalMatrix inv = t.a().inverse();

      assertThat(t.a().multiply(inv)).isEqualTo(RationalMatrix.identity(4));
      assertThat(inv.multiply(t.a())).isEqualTo(RationalMatrix.identity(4));
      assertThat(t.a().determinant().numerator().abs().intValueExact()).isIn(1, 2, 4);
      inv.rows().forEach(row -> row.forEach(x -> assertThat(x.hasFiniteDecimal()).isTrue()));
      t.a().rows().forEach(row -> row.forEach(x -> assertThat(x.numerator().abs().intValue()).isLessThanOrEqualTo(20)));
    }
  }

  @Test
  void tasks_determinant_eliminationAgreesWithCofactorsAndIsNonZero() {
    for (Task t : tasks(Operation.DETERMINANT)) {
      assertThat(t.a().determinant()).isEqualTo(t.a().determinantByCofactors());
      assertThat(t.a().determinant().isZero()).isFalse();
    }
    for (Task t : tasks(Operation.PRODUCT)) {
      Rational product = t.a().determinant().multiply(t.b().determinant());
      assertThat(t.a().multiply(t.b()).determinantByCofactors()).isEqualTo(product);
    }
  }

  @Test
  void cases_expectedValues_equalIndependentLongArithmetic() throws Exception {
    List<Task> tasks = suite.tasks();
    List<GeneratedCase> cases = suite.cases();
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      String text = cases.get(i).expected().asText();
      JsonNode expected = t.operation() == Operation.DETERMINANT ? null : JSON.readTree(text);
      switch (t.operation()) {
        case PRODUCT -> {
          long[][] a = longs(t.a());
          long[][] b = longs(t.b());
          for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
              long sum = 0;
              for (int k = 0; k < 4; k++) {
                sum += a[r][k] * b[k][c];
              }
              assertThat(expected.get(r).get(c).asLong()).isEqualTo(sum);
            }
          }
        }
        case DETERMINANT -> assertThat(new BigDecimal(text))
            .isEqualByComparingTo(new BigDecimal(t.a().determinantByCofactors().numerator()));
        case INVERSE -> {
          double[][] a = doubles(t.a());
          for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
              double sum = 0;
              for (int k = 0; k < 4; k++) {
                sum += a[r][k] * expected.get(k).get(c).asDouble();
              }
              assertThat(sum).isCloseTo(r == c ? 1 : 0, org.assertj.core.data.Offset.offset(1e-9));
            }
          }
        }
      }
    }
  }

  @Test
  void answerKeys_wrongAnswer_differsInExactlyOneEntryByAboutAFifth() throws Exception {
    List<GeneratedCase> cases = suite.cases();
    List<AnswerEntry> keys = suite.answerKeys();
    for (int i = 0; i < cases.size(); i++) {
      GeneratedCase c = cases.get(i);
      AnswerEntry k = keys.get(i);
      assertThat(k.id()).isEqualTo(c.id());
      assertThat(k.match()).isEqualTo(SuiteAnswerKeys.fingerprint(c.prompt()));
      assertThat(k.correct()).isEqualTo(c.expected().asText());
      if (c.tags().contains("op:determinant")) {
        double right = Double.parseDouble(k.correct());
        double relative = Math.abs(Double.parseDouble(k.wrong()) - right) / Math.abs(right);
        assertThat(relative).isGreaterThanOrEqualTo(0.1);
        if (Math.abs(right) >= 10) {
          assertThat(relative).isLessThan(0.3);
        }
        continue;
      }
      JsonNode right = JSON.readTree(k.correct());
      JsonNode wrong = JSON.readTree(k.wrong());
      int differing = 0;
      for (int r = 0; r < 4; r++) {
        for (int col = 0; col < 4; col++) {
          double x = right.get(r).get(col).asDouble();
          double y = wrong.get(r).get(col).asDouble();
          if (x != y) {
            differing++;
            assertThat(x == 0 ? Math.abs(y) : Math.abs(y - x) / Math.abs(x)).isGreaterThan(0.015);
          }
        }
      }
      assertThat(differing).as(c.id()).isEqualTo(1);
    }
  }

  @Test
  void offByAFifth_values_areNearTwentyPercentAndNeverEqual() {
    assertThat(MatrixSuiteGenerator.offByAFifth(Rational.of(10))).isEqualTo(Rational.of(12));
    assertThat(MatrixSuiteGenerator.offByAFifth(Rational.of(-1))).isEqualTo(Rational.of(-2));
    assertThat(MatrixSuiteGenerator.offByAFifth(Rational.of(1, 2))).isEqualTo(Rational.of(3, 5));
    assertThat(MatrixSuiteGenerator.offByAFifth(Rational.ZERO)).isEqualTo(Rational.ONE);
  }

  private List<Task> tasks(Operation op) {
    List<Task> out = suite.tasks().stream().filter(t -> t.operation() == op).toList();
    assertThat(out).hasSize(20);
    return out;
  }

  private static long[][] longs(RationalMatrix m) {
    long[][] v = new long[4][4];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        v[r][c] = m.get(r, c).numerator().longValueExact();
      }
    }
    return v;
  }

  private static double[][] doubles(RationalMatrix m) {
    double[][] v = new double[4][4];
    for (int r = 0; r < 4; r++) {
      for (int c = 0; c < 4; c++) {
        v[r][c] = m.get(r, c).numerator().doubleValue();
      }
    }
    return v;
  }
}
