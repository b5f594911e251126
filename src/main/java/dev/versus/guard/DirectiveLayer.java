package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an off-topic directive in a document: a sentence shaped as a request (an imperative or a
 * question) that {@link DirectiveModel} reads as a task for an AI assistant, whose embedding is
 * unrelated to the rest of the document, and whose words the rest of the document does not use
 * ({@link WordOverlap}). Score = p(assistant request) × (1 − relatedness) × (1 − words shared). An
 * e-mail's own requests to its reader ("please send me the report") read as correspondence and
 * concern the e-mail's subject; an injected task ("recommend a book for the weekend" in a bank
 * notice) does neither. Runs on documents only
 * ({@link Guard#screenDocument}): a user's prompt is a request to the assistant by design. The turns
 * of a transcript ({@link Transcript}) are not candidates: one speaker asking another.
 */
final class DirectiveLayer {
  static final int MAX_SENTENCES = 32;
  private static final int MIN_WORDS = 3;
  private static final int MAX_CHARS = 400;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+|\\|");
  /** A request: an imperative verb first (after an optional "please" / "por favor"), or a question. */
  private static final Pattern REQUEST =
      Pattern.compile(
          "^(?:(?:please|kindly|also|now|por favor|tambien|ahora)[ ,]+)?(?:"
              + "write|draft|compose|create|generate|produce|make|build|design|develop|give|tell|show|list|name"
              + "|provide|suggest|recommend|propose|explain|describe|summari[sz]e|outline|analy[sz]e|evaluate"
              + "|assess|compare|classify|categori[sz]e|determine|identify|find|calculate|compute|estimate"
              + "|predict|translate|rewrite|rephrase|paraphrase|proofread|correct|fix|debug|help|plan|organi[sz]e"
              + "|brainstorm|convert|rate|review|check|research|investigate|discuss|define|teach|guide|decide"
              + "|choose|pick|come up|break down|walk me|detect|judge|forecast|simulate|solve|draw|sketch"
              + "|escribe|redacta|crea|genera|haz|hazme|dame|dime|muestra|muestrame|ensename|enumera|nombra"
              + "|sugiere|sugiereme|recomienda|recomiendame|propon|explica|explicame|describe|resume|resumeme"
              + "|analiza|evalua|compara|clasifica|determina|identifica|encuentra|busca|calcula|estima|predice"
              + "|traduce|reescribe|corrige|ayuda|ayudame|planifica|organiza|convierte|revisa|investiga|define"
              + "|cuentame|elabora|disena|prepara|resuelve|dibuja"
              // what an assistant is told to carry out on the user's behalf
              + "|ignore|disregard|forward|send|reply|respond|add|include|insert|append|accept|say|state"
              + "|ignora|reenvia|envia|responde|contesta|anade|incluye|inserta|acepta|di|dile|afirma"
              + ")\\b"
              + "|\\?\\s*$|^¿");

  /**
   * The English MiniLM places unrelated Spanish sentences much closer together than unrelated
   * English ones (cosine around 0.3 to 0.5 instead of around 0); relatedness in a Spanish
   * document is measured above this baseline.
   */
  static final double SPANISH_BASELINE = 0.3;
  private static final Set<String> SPANISH_WORDS =
      Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "por", "para", "con", "una", "un", "es", "se", "al", "su", "tu", "mi", "como", "pero", "esta", "este");
  private static final Set<String> ENGLISH_WORDS =
      Set.of("the", "and", "of", "to", "in", "for", "is", "on", "with", "you", "your", "a", "an", "it", "this", "that", "are", "be", "at", "we", "our", "my", "as", "but");

  /**
   * A leading address or clause, stripped before the request test so that the instruction behind
   * it is what is tested and embedded: a list marker, "P.S.", "Dear X," / "Hola X:", a label
   * "X:", or a condition "If you are …," / "When you …," / "Cuando …,".
   */
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:[-*>•]+\\s*|(?:p\\.?\\s?s\\.?|n\\.?\\s?b\\.?|p\\.?\\s?d\\.?)\\s*[:,]?\\s+"
              + "|(?:dear|hi|hello|hey|oye|hola|estimad[oa]s?|querid[oa]s?)\\b[^,:]{0,40}[,:]\\s*"
              + "|[^:,?¿\\n]{1,60}:\\s+"
              + "|(?:if|when|whenever|before|after|once|while|si|cuando|antes de|despu[eé]s de|al)\\b[^,]{0,80},\\s*)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A greeting or sign-off line: neither a candidate nor context. */
  private static final Pattern COURTESY =
      Pattern.compile(
          "^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks|thank you|many thanks|best|regards|kind regards"
              + "|best regards|warm regards|cheers|sincerely|yours|hola|buenos dias|buenas tardes|buenas noches|estimad[oa]s?"
              + "|querid[oa]s?|gracias|muchas gracias|un saludo|saludos|atentamente|un abrazo|abrazos|besos|cordialmente)\\b");
  private static final int COURTESY_MAX_WORDS = 6;

  private final TextEmbedder embedder;
  private volatile DirectiveModel model;

  DirectiveLayer(TextEmbedder embedder) {
    this.embedder = embedder;
  }

  LayerScore score(String text) {
    List<String> sentences = new ArrayList<>();
    List<Integer> requests = new ArrayList<>();
    Set<String> turns = Transcript.turns(text);
    for (String sentence : sentences(text)) {
      String s = isRequest(sentence) ? sentence : core(sentence);
      if (!isCourtesy(sentence) && !isHeading(sentence) && isRequest(s) && !inTurn(sentence, turns)) {
        requests.add(sentences.size());
      }
      sentences.add(s);
    }
    if (requests.isEmpty()) {
      return LayerScore.clean(Layer.DIRECTIVE);
    }
    List<float[]> vectors = embedder.embedAll(sentences);
    boolean spanish = isSpanish(text);
    DirectiveModel m = model();
    WordOverlap overlap = WordOverlap.of(text);
    double best = 0;
    String why = "";
    for (int i : requests) {
      double p = m.probability(vectors.get(i));
      double related = relatedness(vectors, i) - (spanish ? SPANISH_BASELINE : 0.0);
      double shared = overlap.share(sentences.get(i));
      double score = p * (1.0 - Math.min(1.0, Math.max(0.0, related))) * (1.0 - shared);
      if (score > best) {
        best = score;
        why =
            String.format(
                Locale.ROOT, "assistant request p=%.2f, related %.2f, words shared %.2f: \"%s\"", p, related, shared, sentences.get(i));
      }
    }
    return best <= 0
        ? LayerScore.clean(Layer.DIRECTIVE)
        : new LayerScore(Layer.DIRECTIVE, Math.round(best * 1e6) / 1e6, why);
  }

  /**
   * Cosine of sentence {@code i} to the mean of the other sentences (0 when there are none).
   * (The closest single sentence was tried instead, on the correspondence tuning set: it removed
   * no false positive and, in Spanish, where unrelated sentences already sit at cosine 0.3 to 0.5,
   * it pushed off-topic tasks below the threshold.)
   */
  static double relatedness(List<float[]> vectors, int i) {
    if (vectors.size() < 2) {
      return 0.0;
    }
    float[] mean = new float[vectors.get(i).length];
    for (int k = 0; k < vectors.size(); k++) {
      if (k != i) {
        float[] v = DirectiveModel.unit(vectors.get(k));
        for (int d = 0; d < mean.length; d++) {
          mean[d] += v[d];
        }
      }
    }
    return TextEmbedder.cosine(vectors.get(i), mean);
  }

  /** {@code sentence} without a leading address or clause (see {@link #LEAD}), at most three of them. */
  static String core(String sentence) {
    String s = sentence.strip();
    for (int n = 0; n < 3; n++) {
      Matcher m = LEAD.matcher(s);
      if (!m.lookingAt() || m.end() >= s.length() || s.substring(m.end()).split("\\s+").length < MIN_WORDS) {
        break;
      }
      s = s.substring(m.end()).strip();
    }
    return s;
  }

  /** Whether {@code sentence} is part of a turn of a transcript: one speaker asking another. */
  private static boolean inTurn(String sentence, Set<String> turns) {
    if (turns.isEmpty()) {
      return false;
    }
    String probe = sentence.length() > 60 ? sentence.substring(0, 60) : sentence;
    for (String turn : turns) {
      if (turn.contains(probe)) {
        return true;
      }
    }
    return false;
  }

  /** A markdown heading ("# Steps", "**Describe the bug**"): a form's or a template's label, not a request. */
  static boolean isHeading(String sentence) {
    String s = sentence.strip();
    return s.startsWith("#") || s.length() > 4 && (s.startsWith("**") && s.endsWith("**") || s.startsWith("__") && s.endsWith("__"));
  }

  static boolean isCourtesy(String sentence) {
    String folded = TextNormalizer.fold(sentence).toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}]+", "");
    return folded.split(" ").length <= COURTESY_MAX_WORDS && COURTESY.matcher(folded).find();
  }

  /** Whether Spanish function words outnumber English ones. */
  static boolean isSpanish(String text) {
    int es = 0;
    int en = 0;
    for (String word : TextNormalizer.fold(text).split("[^\\p{L}]+")) {
      es += SPANISH_WORDS.contains(word) ? 1 : 0;
      en += ENGLISH_WORDS.contains(word) ? 1 : 0;
    }
    return es > en;
  }

  static boolean isRequest(String sentence) {
    return REQUEST.matcher(TextNormalizer.fold(sentence).toLowerCase(Locale.ROOT).strip()).find();
  }

  /** Sentences and lines of at least {@link #MIN_WORDS} words, at most {@link #MAX_SENTENCES}. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String part : SENTENCE_END.split(text)) {
      String s = part.strip();
      if (s.split("\\s+").length >= MIN_WORDS) {
        out.add(s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS));
      }
    }
    if (out.size() <= MAX_SENTENCES) {
      return out;
    }
    List<String> capped = new ArrayList<>(out.subList(0, MAX_SENTENCES / 2));
    capped.addAll(out.subList(out.size() - MAX_SENTENCES / 2, out.size()));
    return capped;
  }

  private DirectiveModel model() {
    DirectiveModel m = model;
    if (m == null) {
      synchronized (this) {
        if (model == null) {
          model = DirectiveModel.train(embedder, DirectiveModel.packagedExamples());
        }
        m = model;
      }
    }
    return m;
  }
}
