package dev.versus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the {@code math-matrices} suite: seeded 4×4 integer matrices whose product, determinant
 * or inverse the model must compute, with expectations computed in exact rational arithmetic.
 *
 * <p>Every case is scored by {@code matrix}: element-wise relative error within {@value #TOLERANCE}
 * against {@code expected}, the JSON text of the rows ({@code "[[1,0.5,..],..]"}), or for a
 * determinant the plain number, compared with the same relative tolerance. Inverses are
 * built as P·L·U from small unit-triangular factors, so the determinant is ±1, ±2 or ±4 and every
 * inverse entry has a short exact decimal. Cases alternate between English and Spanish prompts.
 * Deterministic for a seed; not thread-safe during construction, immutable afterwards.
 */
public final class MatrixSuiteGenerator {

  /** Seed of the suite shipped with versus (and of the simulator's built-in keys). */
  public static final long DEFAULT_SEED = 4417L;
  /** Cases per operation in the shipped suite. */
  public static final int DEFAULT_CASES_PER_OPERATION = 20;
  /** Relative tolerance written into the scorer options. */
  public static final double TOLERANCE = 0.01;

  static final String SUITE = "math-matrices";
  private static final int N = 4;

  /** The operation a case asks for. */
  enum Operation {
    PRODUCT,
    DETERMINANT,
    INVERSE
  }

  /** One generated task with its exact answer; {@code b} is unused except for products. */
  record Task(String id, Operation operation, String lang, RationalMatrix a, RationalMatrix b) {

    RationalMatrix matrixAnswer() {
      return switch (operation) {
        case PRODUCT -> a.multiply(b);
        case INVERSE -> a.inverse();
        case DETERMINANT -> throw new IllegalStateException("a determinant is a scalar");
      };
    }
  }

  private final List<Task> tasks;

  private MatrixSuiteGenerator(List<Task> tasks) {
    this.tasks = List.copyOf(tasks);
  }

  /** The shipped suite: {@link #DEFAULT_SEED}, {@link #DEFAULT_CASES_PER_OPERATION} cases each. */
  public static MatrixSuiteGenerator create() {
    return create(DEFAULT_SEED, DEFAULT_CASES_PER_OPERATION);
  }

  /** A suite of {@code casesPerOperation} products, determinants and inverses for this seed. */
  public static MatrixSuiteGenerator create(long seed, int casesPerOperation) {
    if (casesPerOperation < 1 || casesPerOperation > 10_000) {
      throw new IllegalArgumentException("casesPerOperation must be 1..10000, got " + casesPerOperation);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Task> tasks = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < casesPerOperation; i++) {
      for (Operation op : Operation.values()) {
        n++;
        String lang = n % 2 == 0 ? "es" : "en";
        String id = String.format(java.util.Locale.ROOT, "%s-%03d", SUITE, n);
        tasks.add(
            switch (op) {
              case PRODUCT -> new Task(id, op, lang, randomMatrix(random, 9), randomMatrix(random, 9));
              case DETERMINANT -> new Task(id, op, lang, nonSingular(random), RationalMatrix.identity(N));
              case INVERSE -> new Task(id, op, lang, cleanlyInvertible(random), RationalMatrix.identity(N));
            });
      }
    }
    return new MatrixSuiteGenerator(tasks);
  }

  List<Task> tasks() {
    return tasks;
  }

  /** The cases, in a stable order. */
  public List<GeneratedCase> cases() {
    return tasks.stream().map(MatrixSuiteGenerator::toCase).toList();
  }

  /** The simulator's keys: the exact answer, and a wrong one with one entry off by about 20%. */
  public List<AnswerEntry> answerKeys() {
    return tasks.stream().map(MatrixSuiteGenerator::toKey).toList();
  }

  private static GeneratedCase toCase(Task task) {
    JsonNode options = JsonNodeFactory.instance.objectNode().put("tolerance", TOLERANCE);
    List<String> tags = List.of("op:" + task.operation().name().toLowerCase(java.util.Locale.ROOT), "size:4x4");
    return new GeneratedCase(task.id(), "", MatrixPrompts.prompt(task),
        JsonNodeFactory.instance.textNode(expectedText(task)), "matrix", options, task.lang(), tags);
  }

  /** The exact answer as text: a JSON array of rows, or the determinant as a plain number. */
  static String expectedText(Task task) {
    return task.operation() == Operation.DETERMINANT
        ? task.a().determinant().toDecimalString()
        : task.matrixAnswer().toJson();
  }

  private static AnswerEntry toKey(Task task) {
    String match = SuiteAnswerKeys.fingerprint(MatrixPrompts.prompt(task));
    if (task.operation() == Operation.DETERMINANT) {
      Rational det = task.a().determinant();
      return AnswerEntry.of(task.id(), SUITE, match, det.toDecimalString(), offByAFifth(det).toDecimalString());
    }
    RationalMatrix answer = task.matrixAnswer();
    int row = Math.floorMod(task.id().hashCode(), N);
    int column = Math.floorMod(task.id().hashCode() / N, N);
    RationalMatrix wrong = answer.with(row, column, offByAFifth(answer.get(row, column)));
    return AnswerEntry.of(task.id(), SUITE, match, answer.toJson(), wrong.toJson());
  }

  /** A typical slip: the value scaled by 1.2, rounded to an integer when the value was one; 0 becomes 1. */
  static Rational offByAFifth(Rational value) {
    if (value.isZero()) {
      return Rational.ONE;
    }
    Rational scaled = value.multiply(Rational.of(6, 5));
    if (!value.isInteger()) {
      return scaled;
    }
    BigInteger rounded = scaled.toBigDecimal().setScale(0, java.math.RoundingMode.HALF_UP).toBigIntegerExact();
    Rational result = new Rational(rounded, BigInteger.ONE);
    return result.equals(value) ? value.add(Rational.of(value.numerator().signum())) : result;
  }

  private static RationalMatrix randomMatrix(SplittableRandom random, int bound) {
    long[][] v = new long[N][N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        v[i][j] = random.nextInt(-bound, bound + 1);
      }
    }
    return RationalMatrix.ofLongs(v);
  }

  private static RationalMatrix nonSingular(SplittableRandom random) {
    while (true) {
      RationalMatrix m = randomMatrix(random, 6);
      if (!m.determinant().isZero()) {
        return m;
      }
    }
  }

  /** P·L·U with unit lower L, upper U whose diagonal has one entry in {±1, ±2, ±4}; entries stay within ±20. */
  private static RationalMatrix cleanlyInvertible(SplittableRandom random) {
    long[] pivots = {1, -1, 2, -2, 4};
    while (true) {
      long[][] l = new long[N][N];
      long[][] u = new long[N][N];
      for (int i = 0; i < N; i++) {
        l[i][i] = 1;
        u[i][i] = 1;
        for (int j = 0; j < i; j++) {
          l[i][j] = random.nextInt(-2, 3);
        }
        for (int j = i + 1; j < N; j++) {
          u[i][j] = random.nextInt(-2, 3);
        }
      }
      int k = random.nextInt(N);
      u[k][k] = pivots[random.nextInt(pivots.length)];
      RationalMatrix m = permutation(random).multiply(RationalMatrix.ofLongs(l)).multiply(RationalMatrix.ofLongs(u));
      if (maxAbs(m) <= 20 && maxAbs(m) >= 3) {
        return m;
      }
    }
  }

  private static RationalMatrix permutation(SplittableRandom random) {
    int[] order = {0, 1, 2, 3};
    for (int i = N - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    long[][] p = new long[N][N];
    for (int i = 0; i < N; i++) {
      p[i][order[i]] = 1;
    }
    return RationalMatrix.ofLongs(p);
  }

  private static long maxAbs(RationalMatrix m) {
    long max = 0;
    for (List<Rational> row : m.rows()) {
      for (Rational r : row) {
        max = Math.max(max, r.numerator().abs().longValueExact());
      }
    }
    return max;
  }
}
