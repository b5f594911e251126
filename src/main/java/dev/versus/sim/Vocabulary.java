package dev.versus.sim;

import dev.versus.core.Languages;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Filler text made only of words that are each exactly one cl100k token (checked by a test), so the
 * token count of generated text is known without tokenizing it: a word is {@code " word"} with its
 * leading space, a sentence opens with a capitalised word (which is also one token with or without
 * the space) and ends with {@code "."}, one token of its own.
 */
enum Vocabulary {
  ENGLISH(
      List.of(
          "The", "This", "Each", "Most", "Some", "Every", "After", "Before", "Today", "Here",
          "There", "When", "While", "Our", "Many", "Other", "New", "Good", "Small", "Large"),
      List.of(
          "the", "model", "answer", "system", "data", "time", "people", "world", "team", "work",
          "part", "place", "case", "point", "group", "number", "fact", "level", "result", "change",
          "example", "process", "question", "service", "value", "report", "future", "order",
          "research", "market", "policy", "program", "project", "problem", "section", "light",
          "power", "area", "state", "water", "history", "story", "music", "family", "city", "design",
          "energy", "simple", "clear", "small", "large", "early", "recent", "public", "local",
          "common", "full", "open", "strong", "general", "main", "real", "important", "different",
          "good", "great", "new", "first", "last", "long", "little", "other", "right", "same", "high",
          "old", "young", "next", "possible", "better", "best", "short", "free", "special", "whole",
          "certain", "known", "easy", "hard", "fast", "quick", "quiet", "bright", "heavy", "wide",
          "deep", "human", "natural", "final", "total", "close", "single", "private", "central",
          "modern", "basic", "current", "major", "every", "each", "many", "most", "some", "this",
          "that", "which", "while", "where", "when", "after", "before", "under", "over", "between",
          "through", "during", "without", "within", "about", "against", "along", "around",
          "because", "since", "often", "always", "never", "still", "also", "very", "really", "just",
          "only", "even", "almost", "again", "together", "later", "today", "here", "there", "is",
          "are", "was", "has", "have", "had", "will", "would", "can", "could", "should", "may",
          "must", "make", "made", "take", "give", "find", "found", "think", "know", "show", "help",
          "keep", "start", "turn", "move", "play", "run", "bring", "hold", "write", "read", "learn",
          "build", "follow", "create", "offer", "allow", "provide", "include", "continue",
          "describe", "consider")),
  SPANISH(
      List.of(
          "El", "La", "Los", "Las", "Un", "Una", "En", "Con", "Por", "Para", "Como", "Desde", "Todo",
          "Todos", "Nuevo", "Gran", "Es", "Son", "Hay", "General"),
      List.of(
          "el", "la", "los", "las", "un", "una", "de", "del", "en", "con", "por", "para", "que",
          "como", "pero", "sobre", "entre", "desde", "hasta", "sin", "tras", "durante", "según",
          "cuando", "donde", "mientras", "porque", "aunque", "también", "siempre", "nunca",
          "ahora", "antes", "después", "hoy", "aquí", "muy", "más", "menos", "mucho", "poco", "bien",
          "mal", "solo", "cada", "todo", "todos", "otra", "otro", "otros", "mismo", "nuevo", "nueva",
          "grande", "primer", "primera", "último", "buen", "mejor", "gran", "casa", "tiempo", "año",
          "día", "vida", "mundo", "parte", "país", "ciudad", "forma", "caso", "grupo", "trabajo",
          "sistema", "proyecto", "problema", "ejemplo", "historia", "momento", "lugar", "nombre",
          "agua", "luz", "familia", "gente", "persona", "equipo", "mercado", "servicio", "valor",
          "resultado", "proceso", "programa", "modelo", "respuesta", "pregunta", "idea", "punto",
          "nivel", "cambio", "manera", "centro", "camino", "libro", "música", "política", "empresa",
          "gobierno", "desarrollo", "estudio", "plan", "red", "zona", "datos", "es", "son", "era",
          "fue", "ha", "han", "hay", "puede", "pueden", "debe", "tiene", "tienen", "hace", "hizo",
          "dice", "dijo", "sigue", "parece", "queda", "pasa", "sale", "busca", "permite", "ofrece",
          "muestra", "presenta", "crea", "usa", "necesita", "quiere", "sabe", "cree", "claro",
          "simple", "fácil", "rápido", "largo", "alto", "bajo", "joven", "mayor", "menor",
          "importante", "posible", "necesario", "general", "público", "social", "local", "natural",
          "final", "total", "actual", "principal", "central", "real", "libre"));

  private final List<String> openers;
  private final List<String> words;

  Vocabulary(List<String> openers, List<String> words) {
    this.openers = openers;
    this.words = words;
  }

  List<String> openers() {
    return openers;
  }

  List<String> words() {
    return words;
  }

  /** Spanish when the shared guess ({@link Languages#detect}) says so, English otherwise. */
  static Vocabulary detect(String text) {
    return "es".equals(Languages.detect(text)) ? SPANISH : ENGLISH;
  }

  /** An endless stream of one-token pieces forming sentences; seeded, so repeatable. */
  final class Filler {
    private final SplittableRandom random;
    private boolean started;
    private boolean stopped;
    private int leftInSentence;

    Filler(SplittableRandom random, boolean continuing) {
      this.random = random;
      this.started = continuing;
    }

    /** The next piece of text; exactly one token. */
    String next() {
      return next(Integer.MAX_VALUE);
    }

    /**
     * The next piece, steering the text to end with a full stop when {@code remaining} (tokens left
     * including this one) runs out.
     */
    String next(int remaining) {
      if (remaining == 1 && started && !stopped) {
        leftInSentence = 0;
        return stop();
      }
      if (remaining == 2 && leftInSentence == 1) {
        return word();
      }
      if (leftInSentence == 0) {
        leftInSentence = 6 + random.nextInt(10);
        String opener = openers.get(random.nextInt(openers.size()));
        boolean first = !started;
        started = true;
        stopped = false;
        return first ? opener : " " + opener;
      }
      leftInSentence--;
      return leftInSentence == 0 ? stop() : word();
    }

    private String stop() {
      stopped = true;
      return ".";
    }

    private String word() {
      stopped = false;
      return " " + words.get(random.nextInt(words.size()));
    }
  }

  /**
   * A filler stream; {@code continuing} when it follows other text, so its first word keeps its
   * leading space.
   */
  Filler filler(SplittableRandom random, boolean continuing) {
    return new Filler(random, continuing);
  }
}
