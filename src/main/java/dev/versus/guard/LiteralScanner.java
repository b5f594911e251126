package dev.versus.guard;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds, in one pass over a text, which of many keys have one of their literals in it: an
 * Aho–Corasick automaton over every literal of every key, compiled to a flat transition table.
 *
 * <p>The heuristic layer used to test each feature's literals one by one ({@code
 * String.contains}, a case-blind scan for {@code (?i)} patterns): about 350 searches per text,
 * which cost more than the patterns themselves on a short prompt (scattered objects, each a cache
 * miss) and several hundred microseconds on a 1 KB one. The automaton reads each character of the
 * text once, whatever the number of literals.
 *
 * <p>With {@code ignoreCase} the text and the literals are compared as {@link String#regionMatches(
 * boolean, int, String, int, int)} compares them (upper case, then lower case of that), so a key is
 * reported exactly when a case-blind search of one of its literals would succeed. Keys are the
 * indices of the list given; a key with no literals is never reported (the caller runs it always).
 */
final class LiteralScanner {
  private final boolean ignoreCase;
  private final int words;
  private final int classes;
  /** Character class of each ASCII character; 0 is "in no literal". */
  private final int[] asciiClass = new int[128];
  /** The non-ASCII characters of the literals, sorted; their classes follow the ASCII ones. */
  private final char[] otherChars;
  private final int[] otherClass;
  /** Next state of state {@code s} on class {@code c}: {@code next[s * classes + c]}. */
  private final int[] next;
  /** Keys found on reaching state {@code s}: {@code found[s * words .. + words)}. */
  private final long[] found;
  private final boolean[] reports;
  /** No literal at all: a scan finds nothing and is skipped. */
  private final boolean empty;

  private LiteralScanner(List<List<String>> literalsByKey, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    this.words = Math.max(1, (literalsByKey.size() + 63) / 64);
    TreeSet<Character> others = new TreeSet<>();
    int nextClass = 1;
    for (List<String> literals : literalsByKey) {
      for (String literal : literals) {
        for (char raw : literal.toCharArray()) {
          char c = fold(raw);
          if (c < 128) {
            if (asciiClass[c] == 0) {
              asciiClass[c] = nextClass++;
            }
          } else {
            others.add(c);
          }
        }
      }
    }
    otherChars = new char[others.size()];
    otherClass = new int[others.size()];
    int i = 0;
    for (char c : others) {
      otherChars[i] = c;
      otherClass[i++] = nextClass++;
    }
    classes = nextClass;
    Trie trie = new Trie(classes, words);
    for (int key = 0; key < literalsByKey.size(); key++) {
      for (String literal : literalsByKey.get(key)) {
        if (!literal.isEmpty()) {
          trie.add(classesOf(literal), key);
        }
      }
    }
    trie.link();
    next = trie.table();
    found = Arrays.copyOf(trie.found, trie.states * words);
    empty = trie.states == 1;
    reports = new boolean[trie.states];
    for (int s = 0; s < trie.states; s++) {
      for (int w = 0; w < words; w++) {
        reports[s] |= found[s * words + w] != 0;
      }
    }
  }

  /** A scanner for the literals of each key (key = index in the list), compared exactly. */
  static LiteralScanner exact(List<List<String>> literalsByKey) {
    return new LiteralScanner(literalsByKey, false);
  }

  /** As {@link #exact} but blind to letter case, as {@code regionMatches(true, ...)} is. */
  static LiteralScanner ignoringCase(List<List<String>> literalsByKey) {
    return new LiteralScanner(literalsByKey, true);
  }

  /** A fresh set of keys, all absent, sized for this scanner. */
  long[] noKeys() {
    return new long[words];
  }

  /** Adds to {@code keys} every key with a literal in {@code text}. */
  void scan(String text, long[] keys) {
    if (empty) {
      return;
    }
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = next[state * classes + classOf(text.charAt(i))];
      if (reports[state]) {
        for (int w = 0; w < words; w++) {
          keys[w] |= found[state * words + w];
        }
      }
    }
  }

  /** Whether {@code key} is in a set filled by {@link #scan}. */
  static boolean has(long[] keys, int key) {
    return (keys[key >>> 6] & (1L << key)) != 0;
  }

  private int classOf(char raw) {
    char c = ignoreCase ? fold(raw) : raw;
    if (c < 128) {
      return asciiClass[c];
    }
    int at = Arrays.binarySearch(otherChars, c);
    return at >= 0 ? otherClass[at] : 0;
  }

  private int[] classesOf(String literal) {
    int[] out = new int[literal.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = classOf(literal.charAt(i));
    }
    return out;
  }

  private char fold(char c) {
    return ignoreCase ? Character.toLowerCase(Character.toUpperCase(c)) : c;
  }

  /** The goto function under construction, then its failure links folded into a full table. */
  private static final class Trie {
    private final int classes;
    private final int words;
    private int[] child;
    private long[] found;
    private int states = 1;

    Trie(int classes, int words) {
      this.classes = classes;
      this.words = words;
      child = new int[64 * classes];
      found = new long[64 * words];
    }

    void add(int[] path, int key) {
      int state = 0;
      for (int c : path) {
        int at = state * classes + c;
        if (child[at] == 0) {
          grow();
          child[at] = states++;
        }
        state = child[at];
      }
      found[state * words + (key >>> 6)] |= 1L << key;
    }

    private void grow() {
      if ((states + 1) * classes > child.length) {
        child = Arrays.copyOf(child, child.length * 2);
      }
      if ((states + 1) * words > found.length) {
        found = Arrays.copyOf(found, found.length * 2);
      }
    }

    /**
     * Breadth-first: each state's missing transitions become its failure state's, and it reports
     * what its failure state reports (a literal that ends inside a longer one).
     */
    void link() {
      int[] fail = new int[states];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      for (int c = 0; c < classes; c++) {
        int s = child[c];
        if (s != 0) {
          queue.add(s);
        }
      }
      while (!queue.isEmpty()) {
        int state = queue.poll();
        for (int w = 0; w < words; w++) {
          found[state * words + w] |= found[fail[state] * words + w];
        }
        for (int c = 0; c < classes; c++) {
          int at = state * classes + c;
          int s = child[at];
          if (s != 0) {
            fail[s] = child[fail[state] * classes + c];
            queue.add(s);
          } else {
            child[at] = child[fail[state] * classes + c];
          }
        }
      }
    }

    int[] table() {
      return Arrays.copyOf(child, states * classes);
    }
  }
}
