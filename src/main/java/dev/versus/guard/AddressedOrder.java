package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An order addressed to a machine reader by the shape of the address, not by its wording: a short
 * head at the start of a clause that names a machine ("Expense bot:", "To the LLM aggregating these
 * reviews:", "PD para ChatGPT y compañía:", "[asistente del móvil:", "Hiring AI,", "A note to the
 * comparison engine:") followed by an order in the rest of the line (an imperative at the start of
 * a clause, a second-person obligation or reported request, a tool call); a greeting ("Hello AI."),
 * a header ("=== Message for the assistant ===") or a dedicating clause ("This paragraph is
 * addressed to language models only.") followed by a sentence spoken to it; or an @mention of one
 * followed by an order. English and Spanish, documents only.
 *
 * <p>A machine is named by an unambiguous word (AI, LLM, bot, chatbot, assistant unless human, …),
 * by software's kind ("digest software", "recap generator", "algoritmo"), or by what it does with
 * documents ("models that summarise …"). A head is not an address when the machine word only
 * qualifies another noun ("software licence"), when it holds a finite verb ("The bot cannot
 * approve …"), when it opens with an order, a subordinate clause or a purpose, or when it is a
 * speaker's turn in a transcript.
 *
 * <p>{@link Kind#DIRECT} when the head is a vocative or a dedication ("to the", "for any", "para
 * el", "hey", "note to") or the order speaks to the reader in the second person: such a line
 * addresses its reader whatever the document is about. {@link Kind#LABEL} for a bare label ("AI
 * tools: use them for drafts only"), which can also be a heading in a document about AI, and for an
 * address that opens a quotation (an example quoted by an explainer); {@link DiscourseTopic}
 * discounts those in documents about AI. Shapes tuned on the second blind document set and {@code
 * signals-fresh4.jsonl}.
 */
final class AddressedOrder {
  private AddressedOrder() {}

  /** How the reader was addressed. */
  enum Kind {
    DIRECT,
    LABEL
  }

  /** An unambiguous machine word (folded text); a human assistant is excluded. */
  private static final Pattern MACHINE = Pattern.compile("\\b" + AddressedOrder.MACHINE_WORDS + "\\b");
  /** The machine words, for {@link #MACHINE} and lookaheads. */
  static final String MACHINE_WORDS =
          "(?:ai|ais|a\\.i\\.|ia|ias|ki|llms?|gpts?|chatgpt|claude|gemini|copilot|chatbots?|bots?|language models?"
              + "|modelos? de (?:lenguaje|ia|analisis)|(?:analysis|screening|summari[sz]ation|financial [a-z]+) models?"
              + "|automated|automatic[oa]?s?|automation|automatizacion|autonomous|autonom[oa]s?|scrapers?|crawlers?"
              + "|artificial intelligence|inteligencia artificial"
              + "|(?:browser|browsing|web|shopping|e-?mail|mail|inbox|coding|calendar|scheduling|software) agents?"
              + "|agentes? de (?:correo|compras|navegacion|agenda|programacion|codigo)"
              // software named by its kind or by what it does: "news digest software", "recap generator",
              // "smart speaker", "algoritmo de selección", "agenda inteligente"
              + "|(?:smart|virtual|digital|intelligent) [a-z-]+"
              + "|(?:engine|software|program(?:me)?|algorithm|parser|generator|aggregator|summari[sz]er|classifier"
              + "|indexer|screener|ranker|pipeline|automation|robot|plugin|script)s?"
              + "|(?:programa|algoritmo|robot|motor|agregador|software|aplicacion|app|script|complemento|clasificador"
              + "|resumidor|generador)(?:es|s)?|(?:inteligente|virtual|digital)(?:e?s)?"
              + "|(?:models?|modelos?|agents?|agentes?|systems?|sistemas?|tools?|herramientas?|programs?|programas?)"
              + "(?= (?:that|which|que) (?:analy[sz]es?|analicen?|analiza|process(?:es)?|procesen?|procesa|summari[sz]es?"
              + "|resuman?|resume|reads?|lean?|lee|index(?:es)?|indexen?|reviews?|revisen?|revisa|classif(?:y|ies)"
              + "|clasifiquen?|clasifica|ranks?|ordenen?|ordena)\\b)"
              + "|assistants?(?<!(?:personal|executive|teaching|research|administrative|shop|sales|lab|dental|medical"
              + "|legal|store|care|nursing|program|office|dean's|his|her|my|your|our|physician|nurse|marketing"
              + "|executive) assistants?)(?! (?:managers?|directors?|professors?|coach(?:es)?|editors?|teachers?"
              + "|principals?|referees?|to|of)\\b)"
              + "|asistentes?(?! (?:personal|de direccion|administrativ[oa]s?|de (?:cocina|laboratorio|enfermeria"
              + "|ventas|tienda|oficina|investigacion|direccion|gerencia)|social(?:es)?)\\b))";
  /** Where a clause starts inside a line: after a sentence end, a dash, an opening bracket or markup. */
  private static final Pattern CLAUSE_START =
      Pattern.compile("[.!?;]\\s+|\\s[—–-]{1,2}\\s|[\\[(«“\"{>*#]|<!--|-->|<[^<>]{0,200}>|\\|\\s*");
  /** What ends an address: a colon, comma, closing bracket, exclamation, dash. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s?(?::|,|\\)|\\]|!|\\s[—–-]{1,2}\\s|--)\\s*");
  /** Heads that open a subordinate clause or a topic, not an address ("When AI models fail, …"). */
  private static final Pattern SUBORDINATE =
      Pattern.compile(
          "^(?:when|whenever|if|although|though|because|as|like|unlike|with|without|since|while|after|before|once|how"
              + "|why|what|where|which|who|whether|in|on|at|by|from|of|about|according|many|some|most|all|our|we|i"
              + "|cuando|si|aunque|porque|como|con|sin|desde|mientras|tras|antes|despues|en|sobre|segun|muchos|muchas"
              + "|algunos|algunas|nuestr[oa]s?|nosotros|yo|que|cual|donde|para|to|for|a fin de|the (?:new|latest|best)|los|las|el|la|un|una"
              + "|this|these|este|esta|estos|estas)\\b");
  /**
   * A head that dedicates the line to its reader: "to the …", "for …", "para …", "hey …", "note to
   * …" at its start (after an optional short label such as "P.S.:"), or two or three words ending
   * in the machine ("Hiring AI", "expense bot").
   */
  private static final Pattern DEDICATION =
      Pattern.compile(
          "^(?:[\\w' .-]{0,25}:\\s*)?(?:(?:important|importante|hidden|oculta|urgent|urgente|p\\.?s\\.?|p\\.?d\\.?|n\\.?b\\.?)\\s*)?"
              + "(?:(?:note|nota|message|mensaje|memo|instructions?|instrucci(?:on|ones)(?: oculta)?|aviso|notice|reminder"
              + "|recordatorio|hinweis fur [\\w-]+ ?/ ?note)\\s+)?"
              // a preposition then a determiner or the machine itself, not a purpose ("para pedir permisos")
              + "(?:(?:to|for|para|a|al) (?=(?:the|any|all|every|each|whichever|whatever|whoever|our|your|el|la|los|las"
              + "|cualquier|tod[oa]s?|un|una|this|these|este|esta)\\b|" + MACHINE_WORDS + ")"
              + "|(?:attn|attention|atencion|hey|hi|hello|dear|oye|hola|querid[oa]s?|estimad[oa]s?)\\b)"
              + "|^(?:[\\w'-]+ ){1,2}[\\w'-]*(?:ai|ia|bot|assistant|asistente|gpt|llm)s?$");
  /**
   * What may follow the machine inside a head: a clause or phrase saying what it does or which one
   * it is ("reading this page", "que difundan", "de selección", "and company", "v4"), or a label
   * noun ("instruction", "note"). Another noun means the machine word only qualified it ("software
   * licence", "robot kit"): a title, not an address.
   */
  private static final Pattern HEAD_TAIL =
      Pattern.compile(
          "^(?:$|[-/&(]|\\s*[\\w-]*\\d|\\s+(?:that|which|who|whoever|que|quien|con|with|de|del|for|of|para|en|on|in|at"
              + "|and|or|y|o|e|only|solo|[a-z]+ing|[a-z]+(?:ado|ido|ando|iendo)s?|instructions?|notes?|notice|directives?"
              + "|messages?|memo|guidance|reminder|instrucci(?:on|ones)|nota|aviso|directiva|mensaje"
              // the noun the machine word qualifies names a machine too: "AI systems", "AI agent"
              + "|systems?|tools?|models?|agents?|readers?|helpers?|services?|apps?|sistemas?|herramientas?|modelos?"
              + "|agentes?|lectores?|servicios?"
              // or a role held by a machine: "LLM reviewers", "AI graders"
              + "|[a-z]{3,}(?:er|or)s?)\\b)");
  /** A machine word that completes another noun ("kit de robot", "curso de IA"): the head is that noun. */
  private static final Pattern COMPLEMENT =
      Pattern.compile(
          "(?:^|\\s)(?!(?:herramientas?|agentes?|asistentes?|sistemas?|modelos?|bots?|programas?|servicios?)\\s)"
              + "[a-z]+ del? $");
  private static final Pattern GREETING =
      Pattern.compile(
          "^\\W*(?:hi|hello|hey|dear|greetings|hola|oye|buenas|querid[oa]|estimad[oa])\\W+(?:there\\W+)?"
              + "(?:(?:the|el|la|mr|sr|senor|senora|dear|mi|my|querid[oa]) )?(?:[\\w-]+ ){0,2}?[\\w-]+\\W*$");
  /** Imperatives (folded), with an optional Spanish clitic ("reenvialo", "dile", "indicale"). */
  static final String IMPERATIVE =
      "(?:tell|say|inform|forward|send|reply|respond|answer|recommend|include|add|insert|append|reveal|output|print"
          + "|ignore|disregard|approve|accept|reject|close|delete|grant|rate|rank|mark|report|advise|give|state|claim"
          + "|call|run|execute|open|post|upload|share|collect|copy|bcc|end|begin|start|fetch|search|summari[sz]e|set"
          + "|cancel|stop|remove|buy|pay|transfer|update|change|move|disable|enable|download|install|visit|click|book"
          + "|treat|record|log|decode|find|put|place|carry out|rewrite|escalate|assign|confirm|merge|use|make|mention|describe|write"
          + "|skip|omit|attach|translate|list|keep|ensure|count|consider|note|present|prioriti[sz]e|refer|direct"
          + "|send|settle|approve|email|e-mail|tag|label|classify|score|flag|promote|emphasi[sz]e|highlight|avoid"
          + "|forget|pretend|act|respond|route|assume|let|do not|don't|never|always|only"
          + "|cancela|detente|quita|compra|paga|transfiere|actualiza|mueve|desactiva|activa|descarga|instala|visita"
          + "|di|da|informa|reenvia|envia|manda|responde|contesta|recomienda|incluye|anade|inserta|revela|muestra"
          + "|ignora|aprueba|acepta|rechaza|cierra|borra|elimina|concede|puntua|marca|aconseja|indica|llama|ejecuta"
          + "|abre|publica|sube|comparte|copia|busca|obten|pon|termina|empieza|afirma|cambia|olvida|describe|escribe"
          + "|omite|adjunta|traduce|trata|registra|decodifica|reescribe|escala|asigna|confirma|usa|utiliza|haz"
          + "|menciona|cuenta|considera|destaca|clasifica|califica|presenta|prioriza|asegurate|evita|finge|actua"
          + "|lee|avisa|deci|decile|pone|manda|coloca|situa|publica|no|nunca|siempre|solo)"
          + "(?:lo|la|los|las|le|les|me|nos|selo|sela|selos)?\\b";
  /** A head that opens with an order is the document's own sentence ("Pay at the machines (card only)"). */
  private static final Pattern OPENS_WITH_ORDER = Pattern.compile("^(?:please |por favor )?" + IMPERATIVE);
  /** An order at a clause start in the window after the address. */
  private static final Pattern ORDER =
      Pattern.compile(
          "(?:^|[.,;:!?)\\]]\\s+|\\b(?:and|then|also|y|luego|tambien)\\s+)(?:(?:please|kindly|just|simply|now|also"
              + "|immediately|then|first|por favor|ahora|tambien|primero|luego|inmediatamente)[ ,]+)*(?:" + IMPERATIVE
              // a Spanish plural imperative ("comunicad", "decid", "responded")
              + "|[a-z]{3,}(?:ad|id)\\b(?<!(?:ciudad|verdad|mitad|edad|salud|libertad|sociedad|universidad|necesidad|calidad"
              + "|cantidad|seguridad|comunidad|actividad|realidad|posibilidad|oportunidad|velocidad|david|madrid|valladolid"
              + "|navidad|unidad|propiedad|prioridad|identidad|capacidad|facilidad|dificultad|voluntad|amistad|sanidad))"
              + "|(?:responded|haced|poned|leed|devolved|escoged)\\b)");
  /** An order spoken to the reader: "you must", "your task", "te pido que", "debes". */
  private static final Pattern SECOND_PERSON =
      Pattern.compile(
          "\\byou(?:'ll| will| must| should| need to| have to| are to| are (?:required|instructed|expected) to|'re to"
              + "| shall| may now| can now| now)\\b|\\byour (?:task|job|answer|reply|response|summary|output|review"
              + "|ranking|report|instructions)\\b|\\b(?:debes|deberas|tienes que|has de|te pido que|te pedimos que"
              + "|te ruego que|tu tarea|tu respuesta|tu resumen|vas a)\\b"
              + "|\\b(?:asks?|asked|wants?|wanted|needs?|tells?|told|instructs?|instructed|requests?|requested) you\\b"
              + "|\\b(?:ha|han|habia) (?:solicitado|pedido) que\\b|\\bquiere que\\b|\\bte (?:pide|piden|ha pedido|han pedido)\\b");
  private static final Pattern YOU = Pattern.compile("\\b(?:you|your|tu|te|usted)\\b");
  /** A machine placed under an obligation in the window: "the agent handling this ticket must escalate". */
  private static final Pattern MACHINE_OBLIGATION =
      Pattern.compile(
          "\\b(?:the|any|each|every|el|la|cualquier|todo) (?:agent|agente|assistant|asistente|model|modelo|bot|system"
              + "|sistema|ai|ia|reader|lector|tool|herramienta)\\b[^.!?]{0,50}?\\b(?:must|shall|should|is to|has to"
              + "|debe|deben|debera|tiene que|ha de)\\b(?! (?:not |no )?(?:be|ser)\\b)");
  /** A tool call or an action in key=value form: "send_email", "action=delete_file". */
  private static final Pattern TOOL =
      Pattern.compile(
          "\\b(?:send|delete|create|transfer|run|forward|share|upload|post|execute|call|write|move|update|enviar|borrar"
              + "|crear|transferir|ejecutar|compartir)_[a-z_]+\\b|\\baction ?= ?[a-z_]+");
  /** A clause that dedicates what follows to a machine: "This paragraph is addressed to language models only." */
  private static final Pattern DEDICATED_CLAUSE =
      Pattern.compile(
          "\\b(?:addressed|meant|intended|directed|written|reserved) (?:only |solely |exclusively )?(?:to|for)\\b"
              + "|\\bdirigid[oa]s? (?:solo |solamente |unicamente |exclusivamente )?(?:a|al|para)\\b");
  /** A line that is only a dedication, set off as a header: "=== Message for the assistant ===". */
  private static final Pattern HEADER =
      Pattern.compile(
          "^[\\W_]*(?:(?:message|mensaje|note|nota|notice|aviso|instructions?|instrucciones|memo) )?(?:for|to|para|a|al)"
              + " (?:the |el |la |los |las |any |all |cualquier )?[\\w -]{1,40}?[\\W_]*$");
  /** A finite verb after the machine in a head: the head is a sentence about it ("The bot cannot approve …"). */
  private static final Pattern HEAD_VERB =
      Pattern.compile(
          "\\b(?:is|are|was|were|can|cannot|can't|could|will|won't|would|should|must|may|might|has|have|had"
              + "|says?|said|es|son|fue|era|puede|pueden|podra|podran|ha|han|tiene|tienen|dice|dijo)\\b");
  private static final String QUOTES = "\"“«'‘";
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
  private static final int MAX_LEAD_CHARS = 60;
  private static final int MAX_HEAD_CHARS = 90;
  private static final int MAX_HEAD_WORDS = 12;
  private static final int WINDOW_CHARS = 260;

  /** The strongest address found in {@code text}, if any. */
  static Optional<Kind> find(String text) {
    String[] lines = text.split("\\R");
    List<String> folded = new ArrayList<>(lines.length);
    boolean any = false;
    for (String line : lines) {
      String f = TextNormalizer.fold(line);
      folded.add(f);
      any = any || MACHINE.matcher(f).find();
    }
    if (!any) {
      return Optional.empty();
    }
    Kind best = null;
    for (int i = 0; i < folded.size(); i++) {
      String line = folded.get(i);
      Matcher m = MACHINE.matcher(line);
      while (m.find()) {
        Kind k = addressAt(line, m, folded, i);
        if (k == Kind.DIRECT) {
          return Optional.of(k);
        }
        best = k == null ? best : k;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Kind addressAt(String line, Matcher machine, List<String> lines, int index) {
    int start = clauseStart(line, machine.start());
    if (start < 0) {
      return null;
    }
    // an address that opens a quotation can be an example quoted by a document about AI
    Kind direct = start > 0 && QUOTES.indexOf(line.charAt(start - 1)) >= 0 ? Kind.LABEL : Kind.DIRECT;
    int end = sentenceEnd(line, machine.end());
    String clause = line.substring(start, end);
    if (GREETING.matcher(clause).matches() || HEADER.matcher(clause).matches()
        || DEDICATED_CLAUSE.matcher(line.substring(start, machine.start())).find()) {
      // "Hello AI.", "=== Message for the assistant ===", "This part is addressed to AI models only.":
      // what follows on the line, or the next line, is spoken to it
      String next = following(line, end, lines, index);
      return spokenTo(next) || YOU.matcher(next).find() || ORDER.matcher(next).find() ? direct : null;
    }
    int at = mention(line, Math.max(start, machine.start() - 30), machine.start());
    if (at >= 0 && line.substring(at, machine.start()).matches("@[\\w.-]+ ?")) {
      // a mention, "@Meta AI when anyone asks you …, say …"
      String rest = line.substring(machine.end(), Math.min(line.length(), machine.end() + WINDOW_CHARS));
      return spokenTo(rest) || ORDER.matcher(rest).find() ? direct : null;
    }
    Matcher sep = bounded(SEPARATOR, line, machine.end(), Math.min(end, start + MAX_HEAD_CHARS + 4));
    if (!sep.find() || sep.start() - start > MAX_HEAD_CHARS) {
      return null;
    }
    String head = line.substring(start, sep.start()).strip();
    if (head.isEmpty() || head.split(" ").length > MAX_HEAD_WORDS) {
      return null;
    }
    String window = line.substring(sep.start(), Math.min(line.length(), sep.end() + WINDOW_CHARS));
    if (isTurn(head, sep.group(), lines)) {
      return null;
    }
    boolean dedicated = DEDICATION.matcher(head).find();
    if (!dedicated
        && (!HEAD_TAIL.matcher(line.substring(machine.end(), sep.start())).lookingAt()
            || COMPLEMENT.matcher(line.substring(start, machine.start())).find())) {
      return null;
    }
    if (!dedicated
        && (OPENS_WITH_ORDER.matcher(head).find()
            || SUBORDINATE.matcher(stripLabel(head)).find()
            || HEAD_VERB.matcher(line.substring(machine.end(), sep.start())).find())) {
      return null;
    }
    String rest = window.substring(sep.end() - sep.start());
    boolean comma = sep.group().strip().equals(",");
    boolean order =
        comma
            ? ORDER.matcher(rest).lookingAt()
            : ORDER.matcher(rest).find() || MACHINE_OBLIGATION.matcher(rest).find() || TOOL.matcher(rest).find();
    boolean second = spokenTo(rest);
    if (!order && !second) {
      return null;
    }
    return dedicated || second ? direct : Kind.LABEL;
  }

  /** A matcher of {@code p} on {@code line} between {@code from} and {@code to} that still sees the text around. */
  private static Matcher bounded(Pattern p, String line, int from, int to) {
    return p.matcher(line).region(from, Math.max(from, to)).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** The index of the last '@' in {@code line} between {@code from} and {@code to}, or -1. */
  private static int mention(String line, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (line.charAt(i) == '@') {
        return i;
      }
    }
    return -1;
  }

  /** The rest of the line after {@code end}, or the next non-blank line when nothing follows. */
  private static String following(String line, int end, List<String> lines, int index) {
    String after = line.substring(Math.min(line.length(), end + 1)).strip();
    for (int i = index + 1; after.isEmpty() && i < lines.size() && i <= index + 2; i++) {
      after = lines.get(i).strip();
    }
    return after;
  }

  private static boolean spokenTo(String text) {
    return SECOND_PERSON.matcher(text).find();
  }

  /**
   * The index of the first sentence end ({@code .!?} then a space, or the line end) at or after
   * {@code from}, looked for in the next {@link #WINDOW_CHARS} characters only (each machine word
   * on a long line looks once, so that a long line costs linear time).
   */
  private static int sentenceEnd(String line, int from) {
    int limit = Math.min(line.length(), from + WINDOW_CHARS);
    Matcher m = bounded(SENTENCE_END, line, from, limit);
    return m.find() ? m.start() : limit;
  }

  /** A label such as "P.S.:" or "white-text:" before the address. */
  private static String stripLabel(String head) {
    int colon = head.indexOf(':');
    return colon >= 0 && colon < 20 ? head.substring(colon + 1).strip() : head;
  }

  /**
   * The start of the clause holding {@code at} (the end of the last clause boundary before it), or
   * -1 when it starts more than {@link #MAX_LEAD_CHARS} before {@code at}; only that stretch is read.
   */
  private static int clauseStart(String line, int at) {
    int from = Math.max(0, at - MAX_LEAD_CHARS - 4);
    Matcher b = bounded(CLAUSE_START, line, from, at);
    int start = from == 0 ? 0 : -1;
    while (b.find()) {
      start = b.end();
    }
    return start >= 0 && at - start <= MAX_LEAD_CHARS ? start : -1;
  }

  /**
   * A speaker's turn in a transcript ("Assistant: Try restarting the router."): the head alone,
   * before a colon, opens at least two lines of the document.
   */
  private static boolean isTurn(String head, String separator, List<String> lines) {
    if (!separator.strip().equals(":") || head.split(" ").length > 2) {
      return false;
    }
    String label = head + ":";
    int n = 0;
    for (String l : lines) {
      n += l.stripLeading().startsWith(label) ? 1 : 0;
    }
    return n >= 2;
  }
}
