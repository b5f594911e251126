package dev.versus.guard;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** Check digits that tell real card numbers and IBANs from other digit runs. */
final class Checksums {
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
  private static final Pattern IBAN_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

  private Checksums() {}

  /** Luhn (mod 10) check over a string of digits. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** ISO 13616 IBAN check: country, check digits, 11-30 alphanumerics, mod 97 == 1. */
  static boolean iban(String compact) {
    if (!IBAN_SHAPE.matcher(compact).matches()) {
      return false;
    }
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder numeric = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /** Shannon entropy in bits per character. */
  static double entropyBitsPerChar(String s) {
    int[] counts = new int[128];
    int other = 0;
    for (char c : s.toCharArray()) {
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double h = 0;
    for (int n : counts) {
      h -= n == 0 ? 0 : (n / (double) s.length()) * (Math.log(n / (double) s.length()) / Math.log(2));
    }
    return other == 0 ? h : h - (other / (double) s.length()) * (Math.log(other / (double) s.length()) / Math.log(2));
  }
}
