package dev.versus.load;

import java.util.List;

/** Word lists for generated prompt text, written for this project. */
final class Words {
  private Words() {}

  static final List<String> ES =
      List.of(
          "el", "la", "los", "las", "un", "una", "de", "del", "en", "con", "por", "para", "sobre",
          "entre", "desde", "hasta", "y", "o", "pero", "porque", "cuando", "mientras", "aunque",
          "equipo", "modelo", "servidor", "consulta", "respuesta", "pregunta", "datos", "tabla",
          "informe", "cliente", "usuario", "sistema", "proceso", "tarea", "resultado", "medida",
          "prueba", "error", "memoria", "red", "archivo", "registro", "valor", "número", "ciudad",
          "río", "montaña", "mercado", "tienda", "biblioteca", "escuela", "hospital", "puerto",
          "camino", "tren", "barco", "avión", "mañana", "tarde", "noche", "semana", "mes", "año",
          "analiza", "revisa", "calcula", "compara", "describe", "explica", "resume", "traduce",
          "ordena", "agrupa", "filtra", "envía", "recibe", "guarda", "mide", "observa", "cambia",
          "rápido", "lento", "nuevo", "antiguo", "grande", "pequeño", "claro", "oscuro", "largo",
          "corto", "simple", "complejo", "seguro", "frágil", "estable", "útil", "exacto", "breve",
          "primero", "segundo", "último", "cada", "todo", "varios", "pocos", "muchos", "algunos",
          "hoy", "ayer", "siempre", "nunca", "pronto", "después", "antes", "también", "además",
          "luego", "bien", "mal", "casi", "muy", "más", "menos", "allí", "aquí", "cerca", "lejos",
          "sol", "lluvia", "viento", "nube", "árbol", "flor", "piedra", "arena", "mar", "lago",
          "café", "pan", "agua", "fruta", "queso", "libro", "carta", "mapa", "reloj", "llave");

  static final List<String> EN =
      List.of(
          "the", "a", "an", "of", "in", "on", "with", "for", "about", "between", "from", "until",
          "and", "or", "but", "because", "when", "while", "although", "team", "model", "server",
          "query", "answer", "question", "data", "table", "report", "customer", "user", "system",
          "process", "task", "result", "measure", "test", "error", "memory", "network", "file",
          "record", "value", "number", "city", "river", "mountain", "market", "shop", "library",
          "school", "hospital", "harbour", "road", "train", "ship", "plane", "morning",
          "afternoon", "night", "week", "month", "year", "analyse", "review", "compute",
          "compare", "describe", "explain", "summarise", "translate", "sort", "group", "filter",
          "send", "receive", "store", "measure", "observe", "change", "fast", "slow", "new",
          "old", "large", "small", "clear", "dark", "long", "short", "simple", "complex", "safe",
          "fragile", "stable", "useful", "exact", "brief", "first", "second", "last", "each",
          "every", "several", "few", "many", "some", "today", "yesterday", "always", "never",
          "soon", "after", "before", "also", "then", "well", "badly", "almost", "very", "more",
          "less", "there", "here", "near", "far", "sun", "rain", "wind", "cloud", "tree",
          "flower", "stone", "sand", "sea", "lake", "coffee", "bread", "water", "fruit",
          "cheese", "book", "letter", "map", "clock", "key");

  static List<String> of(Language language) {
    return language == Language.ES ? ES : EN;
  }

  static String instruction(Language language) {
    return language == Language.ES
        ? "Continúa el siguiente texto con tus propias palabras: "
        : "Continue the following text in your own words: ";
  }
}
