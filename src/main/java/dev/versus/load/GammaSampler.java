package dev.versus.load;

import java.util.random.RandomGenerator;

/** Gamma(shape, 1) variates by Marsaglia and Tsang's method (2000). */
final class GammaSampler {
  private GammaSampler() {}

  static double sample(RandomGenerator random, double shape) {
    if (shape < 1) {
      // Gamma(a) = Gamma(a + 1) · U^(1/a)
      double u = 1 - random.nextDouble();
      return sample(random, shape + 1) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = 1 - random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }
}
