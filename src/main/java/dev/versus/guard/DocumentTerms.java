package dev.versus.guard;

import java.util.HashSet;
import java.util.Set;

/**
 * The terms the document classifier reads in a text: its distinct words ({@link DocumentWords}) and,
 * when the model uses them, the distinct character n-grams of those words. N-grams are taken from
 * each word with a {@code <} before it and a {@code >} after it ("paso" gives {@code <pa}, {@code
 * pas}, {@code aso}, {@code so>}, … for n = 3), so "enviad", "envíe" and "enviar" share most of
 * their n-grams where they share no word: that is what they are for, in Spanish above all. In a
 * model file an n-gram is written with a leading {@value #GRAM_MARK}, which no word can start with.
 *
 * <p>Each term counts once; words weigh 1 and n-grams {@link Shape#gramWeight()}, and the vector is
 * scaled to length 1, so long documents do not score higher for being long.
 */
public final class DocumentTerms {
  /** The first character of an n-gram's key in a model file. */
  public static final String GRAM_MARK = "~";

  /**
   * Which terms a model reads: words alone ({@link #WORDS}) or words and their character n-grams of
   * {@code gramMin} to {@code gramMax} characters weighing {@code gramWeight} each.
   */
  public record Shape(int gramMin, int gramMax, double gramWeight) {
    /** Words alone: the shape of models written before n-grams were added. */
    public static final Shape WORDS = new Shape(0, 0, 0);
    /** Words and their 3- to 5-character n-grams at weight 0.5: chosen by validation (docs/guard-figures.md). */
    public static final Shape DEFAULT = new Shape(3, 5, 0.5);

    public Shape {
      boolean none = gramMin == 0 && gramMax == 0;
      if (!none && (gramMin < 1 || gramMax < gramMin || gramMax > 8)) {
        throw new GuardException("n-gram sizes must satisfy 1 <= min <= max <= 8, got " + gramMin + "-" + gramMax);
      }
      if (!none && !(gramWeight > 0 && gramWeight <= 10)) {
        throw new GuardException("n-gram weight must be in (0, 10], got " + gramWeight);
      }
      if (none) {
        gramWeight = 0;
      }
    }

    public boolean grams() {
      return gramMax > 0;
    }

    /** "words" or "words and 3- to 5-character n-grams at weight 0.5". */
    public String describe() {
      return grams()
          ? String.format(java.util.Locale.ROOT, "words and %d- to %d-character n-grams at weight %s", gramMin, gramMax, gramWeight)
          : "words";
    }
  }

  private final Set<String> words;
  private final Set<String> grams;
  private final double norm;

  private DocumentTerms(Set<String> words, Set<String> grams, double gramWeight) {
    this.words = words;
    this.grams = grams;
    this.norm = Math.sqrt(words.size() + grams.size() * gramWeight * gramWeight);
  }

  /** The terms of {@code text} under {@code shape}. */
  static DocumentTerms of(String text, Shape shape) {
    Set<String> words = DocumentWords.of(text);
    if (!shape.grams()) {
      return new DocumentTerms(words, Set.of(), 0);
    }
    Set<String> grams = new HashSet<>(words.size() * 12);
    StringBuilder marked = new StringBuilder(DocumentWords.MAX_LENGTH + 2);
    for (String word : words) {
      marked.setLength(0);
      marked.append('<').append(word).append('>');
      for (int n = shape.gramMin(); n <= shape.gramMax(); n++) {
        for (int i = 0; i + n <= marked.length(); i++) {
          // a letter outside the BMP is two chars: no n-gram starts or ends inside it
          if (!Character.isLowSurrogate(marked.charAt(i)) && !Character.isHighSurrogate(marked.charAt(i + n - 1))) {
            grams.add(marked.substring(i, i + n));
          }
        }
      }
    }
    return new DocumentTerms(words, grams, shape.gramWeight());
  }

  Set<String> words() {
    return words;
  }

  /** Every term as a model file names it: the words, then the n-grams with their {@value #GRAM_MARK}. */
  java.util.stream.Stream<String> keys() {
    return java.util.stream.Stream.concat(words.stream(), grams.stream().map(g -> GRAM_MARK + g));
  }

  /** The n-grams, without their {@value #GRAM_MARK}. */
  Set<String> grams() {
    return grams;
  }

  /** Length of the unscaled vector; 0 for a text without words. */
  double norm() {
    return norm;
  }

  boolean isEmpty() {
    return words.isEmpty();
  }
}
