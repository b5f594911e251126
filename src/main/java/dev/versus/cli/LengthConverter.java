package dev.versus.cli;

import dev.versus.load.LengthDistribution;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a token length: {@code 512} (fixed), {@code normal:MEAN,STDDEV} or {@code uniform:MIN,MAX}.
 */
final class LengthConverter implements ITypeConverter<LengthDistribution> {
  static final String EXPECTED = "expected N, normal:MEAN,STDDEV or uniform:MIN,MAX"
      + " (e.g. 512, normal:512,128, uniform:100,900)";

  @Override
  public LengthDistribution convert(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    try {
      if (text.startsWith("normal:")) {
        double[] p = pair(text.substring("normal:".length()), value);
        return new LengthDistribution.Normal(p[0], p[1]);
      }
      if (text.startsWith("uniform:")) {
        double[] p = pair(text.substring("uniform:".length()), value);
        if (p[0] != Math.rint(p[0]) || p[1] != Math.rint(p[1])) {
          throw bad(value);
        }
        return new LengthDistribution.Uniform((int) p[0], (int) p[1]);
      }
      return new LengthDistribution.Fixed(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw bad(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage() + " in '" + value + "'");
    }
  }

  private static double[] pair(String text, String original) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw bad(original);
    }
    return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
  }

  private static TypeConversionException bad(String value) {
    return new TypeConversionException("'" + value + "' is not a token length: " + EXPECTED);
  }
}
