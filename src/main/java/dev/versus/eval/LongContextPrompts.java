package dev.versus.eval;

import java.util.Locale;

/** Prompt texts of the long-context suite, in English and Spanish. */
final class LongContextPrompts {

  static final String QUESTION_EN = "What is the access code for the north archive?";
  static final String QUESTION_ES = "¿Cuál es el código de acceso del archivo norte?";
  static final String SUBJECT_EN = "the access code for the north archive";
  static final String SUBJECT_ES = "el código de acceso del archivo norte";
  static final String NONE = "NONE";

  private LongContextPrompts() {}

  static String needle(String lang, String code) {
    return lang.equals("es")
        ? "El código de acceso del archivo norte es " + code + "."
        : "The access code for the north archive is " + code + ".";
  }

  static String direct(String lang, String haystack) {
    return lang.equals("es")
        ? "Lee el documento siguiente y responde a la pregunta que viene después.\n\n<documento>\n" + haystack
            + "\n</documento>\n\nPregunta: " + QUESTION_ES + " Responde solo con el código."
        : "Read the document below and answer the question after it.\n\n<document>\n" + haystack
            + "\n</document>\n\nQuestion: " + QUESTION_EN + " Reply with the code only.";
  }

  static String chunk(String lang, String excerpt, int index, int of) {
    return lang.equals("es")
        ? String.format(Locale.ROOT, "Este es el fragmento %d de %d de un documento más largo.\n\n<fragmento>\n", index, of)
            + excerpt + "\n</fragmento>\n\nSi el fragmento indica " + SUBJECT_ES
            + ", responde solo con el código; si no, responde " + NONE + "."
        : String.format(Locale.ROOT, "This is excerpt %d of %d of a longer document.\n\n<excerpt>\n", index, of)
            + excerpt + "\n</excerpt>\n\nIf the excerpt states " + SUBJECT_EN
            + ", reply with the code only; otherwise reply " + NONE + ".";
  }

  static String aggregate(String lang, int of) {
    return lang.equals("es")
        ? String.format(Locale.ROOT, "Un documento largo se dividió en %d fragmentos y en cada uno se buscó %s. "
            + "Estas son las respuestas por fragmento, una por línea:\n\n", of, SUBJECT_ES)
            + LongContextSuiteGenerator.CHUNK_ANSWERS + "\n\n" + QUESTION_ES + " Responde solo con el código."
        : String.format(Locale.ROOT, "A long document was split into %d excerpts and each excerpt was searched "
            + "for %s. The answers per excerpt follow, one per line:\n\n", of, SUBJECT_EN)
            + LongContextSuiteGenerator.CHUNK_ANSWERS + "\n\n" + QUESTION_EN + " Reply with the code only.";
  }
}
