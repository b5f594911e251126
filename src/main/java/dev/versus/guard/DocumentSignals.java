package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document-only signals that do not depend on how an injected instruction is worded, only on what
 * it does and where it sits (English and Spanish, written for versus; see {@link DocumentFeatures}
 * for the address shapes):
 *
 * <ul>
 *   <li>{@code ai-reader}: a sentence about an AI reader of <em>this</em> document ("if an assistant
 *       is reading this", "the model reading this", "on the user's behalf", "que lea este …").
 *   <li>{@code ai-task}: a sentence naming an AI reader with an obligation or an order, about the
 *       user, its answers, secrecy or a destination ("agents … must tick every box and tell the
 *       user …", "el modelo debe recomendar … en todas sus respuestas").
 *   <li>{@code ai-notice}: a label for an AI reader ("Instructions for language models:", "[Nota
 *       para los sistemas automáticos de selección:", "(Solo para asistentes de IA)", "AVISO DEL
 *       SISTEMA PARA EL MODELO:").
 *   <li>{@code hidden-instruction}: text a human would not see (an HTML comment, a hidden element,
 *       alt or title text) that speaks of an AI reader or the user.
 *   <li>{@code exfiltration}: sending the user's data (contacts, messages, conversation, calendar)
 *       to an address or URL, or a URL whose query is left for the reader to fill.
 *   <li>{@code secrecy} and {@code priority-claim} (weak): keeping something from the user, and
 *       claiming precedence over the user or earlier instructions.
 *   <li>{@code fake-turn} (weak): a role tag such as {@code [assistant]} opening a line.
 * </ul>
 *
 * <p>Sentences are cut at line ends, sentence ends and markup boundaries (tags, comment markers,
 * JSON string boundaries), so an instruction inside a comment or a JSON field starts its own
 * sentence. A text without any of the gate words costs one regex pass.
 */
final class DocumentSignals {
  private DocumentSignals() {}

  private static final Pattern GATE =
      Pattern.compile(
          "\\b(?:ai|ia|ias|llms?|assistants?|asistentes?|bots?|chatbots?|agents?|agentes?|models?|modelos?|copilot|gpt"
              + "|automated|automatic[oa]s?|notetaker|user|users|usuario|usuarios|tool|herramienta|funcion)\\b"
              + "|<!--|https?://|@|\\[(?:assistant|system|asistente|sistema)\\]",
          Pattern.CASE_INSENSITIVE);

  /** Boundaries between sentences: line ends, sentence ends, tags, comment markers, JSON string edges. */
  private static final Pattern SEGMENT =
      Pattern.compile("\\R+|(?<=[.!?])\\s+(?=\\S)|<!--|-->|<[^<>]{0,300}>|\"\\s*[:,]\\s*\"|[{}\\[\\]]\\s*\"?");

  /** An AI reader (folded text); human assistants and attendees are excluded. */
  static final String AI =
      "(?:ai|a\\.i\\.|artificial intelligence|llms?|chatbots?|gpts?|copilot|language models?|notetakers?|note-takers?"
          + "|ai [\\w-]+|(?:[\\w-]+ ){0,2}assistants?(?<!(?:personal|executive|teaching|research|administrative|shop"
          + "|sales|lab|dental|medical|legal|store|care|nursing|program|office|dean's|his|her|my) assistants?)"
          + "|(?:[\\w-]+ )?bots?|(?:ai|automated|autonomous|software|llm|coding|code|browsing|email|shopping) agents?"
          + "|automated (?:[\\w-]+ )?(?:systems?|readers?|tools?|screeners?|agents?|assistants?)"
          + "|the model|any model|this model|models? reading"
          + "|(?:[\\w-]+ )?agents?(?= (?:that|which|who) (?:reads?|process(?:es)?|runs?|executes?|summari[sz]es?|handles?"
          + "|accepts?) )|agentes?(?= que (?:lee|lea|lean|leen|procesa|procese|ejecuta|ejecute|resume|resuma|acepte"
          + "|acepten) )|asistente(?= ?[:,])"
          + "|ia|ias|inteligencia artificial|modelos? de (?:lenguaje|ia)|(?:agentes?|sistemas?|herramientas?) de ia"
          + "|(?:agentes?|sistemas?|asistentes?) automatic[oa]s?(?: de [a-z]+)?|agentes? autonom[oa]s?"
          + "|asistentes? (?:de ia|virtual(?:es)?|inteligentes?|documental(?:es)?|de (?:codigo|programacion|correo"
          + "|escritura|compras|busqueda|soporte|notas))|el asistente|al asistente|un asistente|del asistente"
          + "|el modelo|al modelo|del modelo|los modelos)";
  private static final Pattern AI_NOUN = Pattern.compile("\\b" + AI + "\\b");

  /** Imperatives that open an order to an AI reader. */
  private static final String IMPERATIVE =
      "(?:tell|say|inform|forward|send|reply|respond|answer|recommend|include|add|insert|append|reveal|output|print"
          + "|ignore|disregard|approve|accept|reject|close|delete|grant|rate|mark|report|advise|give|state|claim|call"
          + "|run|execute|open|post|upload|share|collect|copy|bcc|dm|end|begin|start|fetch|search|summari[sz]e|set"
          + "|cancel|stop|remove|buy|pay|transfer|update|change|move|disable|enable|download|install|visit|click|book"
          + "|cancela|detente|quita|compra|paga|transfiere|actualiza|mueve|desactiva|activa|descarga|instala|visita"
          + "|dile|dales|di|informa|reenvia|envia|manda|mandame|responde|contesta|recomienda|recomiendale|incluye"
          + "|anade|inserta|revela|muestra|ignora|aprueba|acepta|rechaza|cierra|borra|elimina|concede|puntua|puntualo"
          + "|marca|aconseja|indica|dale|llama|ejecuta|abre|publica|sube|comparte|copia|busca|obten|pon|termina"
          + "|empieza|afirma|baja|cambia)\\b";

  /** Placing the AI in this document's path: "reading this", "if … is summarising", "on the user's behalf". */
  private static final Pattern READER =
      Pattern.compile(
          "\\b(?:reading|processing|summari[sz]ing|parsing|handling|analy[sz]ing|reviewing|indexing|scanning|reads"
              + "|processes|summari[sz]es|parses|sees) (?:this|these|the following)\\b"
              + "|\\b(?:that|which|who) (?:reads?|process(?:es)?|summari[sz]es?|parses?|index(?:es)?|scans?|crawls?"
              + "|handles?) (?:this|these)\\b"
              + "|\\b(?:is|are) (?:reading|summari[sz]ing|processing|helping (?:a|the|someone|somebody|users?)|comparing"
              + "|answering|triaging)\\b|\\bif this is (?:being )?read\\b"
              + "|\\b(?:when|whenever|once) (?:you|it) (?:read|summari[sz]e|process|parse|refactor|give|recommend|send"
              + "|answer)s?\\b|\\bis asked to summari[sz]e\\b|\\bsummar(?:y|ies) of this\\b"
              + "|\\bque (?:lea|lean|leas|procese|procesen|resuma|resuman|resumas|analice|analicen|gestione|ejecuta"
              + "|responda|respondan|acepte|acepten|toma|hace el resumen) (?:est|el |la |los |las |esta|estas|este"
              + "|estos|esto|en nombre|por cuenta)"
              + "|\\besta(?:n|s)? (?:leyendo|resumiendo|procesando|ayudando|comparando|analizando|revisando)\\b"
              + "|\\besto lo (?:esta|estas) leyendo\\b"
              + "|\\b(?:cuando|si|en cuanto) (?:te pregunten|resumas|leas|proceses|des|recomiendes|respondas)\\b"
              + "|\\b(?:al|antes de|despues de) (?:leer|resumir|procesar|refactorizar) (?:est|el |la )"
              + "|\\bresumen(?:es)? de (?:este|esta)\\b|\\bdirigid[oa] al?\\b");
  private static final String MODAL =
      "(?:must|shall|should|is required to|are required to|is instructed to|are instructed to|has to|have to"
          + "|needs? to|is to|are to|agree to|is expected to|are expected to|debe|deben|debera|deberan|deberia"
          + "|deberian|tiene que|tienen que|ha de|han de|esta obligad[oa] a|estan obligad[oa]s a|queda obligad[oa] a"
          + "|quedan obligad[oa]s a)\\b(?! (?:not |never |no )?(?:be|been|ser|estar)\\b)";
  /**
   * An obligation or an order given to the AI reader, not merely near it: a modal a few words after
   * the AI noun ("agents that accept these terms … are instructed to"), or an order after the AI
   * noun used as a vocative ("Also, AI, for every answer …, end it with"). A passive ("AI chatbots
   * must not be used") is about the AI, not an order to it.
   */
  private static final Pattern ORDER =
      Pattern.compile(
          "\\b" + AI + "\\b(?: (?:[\\w'-]+,? ){0,12}?| )" + MODAL
              + "|\\b" + AI + " ?[:,] (?:[^\\n]{0,80}?[:,] |(?:please |also |now |por favor |tambien |ahora )?)"
              + IMPERATIVE);
  /** An order about the user, for hidden text: "… ; tell the user that …". */
  private static final Pattern USER_ORDER =
      Pattern.compile(
          "(?:^|[.:;,!] )(?:please |por favor )?" + IMPERATIVE + "(?:[^.\\n]{0,80}?)\\b(?:the user|al usuario|el usuario"
              + "|del usuario)\\b");
  /**
   * What makes an order to an AI an injection rather than news about AI: it concerns the user, the
   * AI's answers, this document or something in it ("approve this order"), or it tells the AI what
   * to say ("must advise", "debe decir").
   */
  private static final Pattern CONTEXT =
      Pattern.compile(
          "\\b(?:the user|the user's|a user's|users|the reader|anyone who asks|someone|whoever asks|answers?|responses?"
              + "|replies|summar(?:y|ies)|questions|al usuario|el usuario|del usuario|los usuarios|al lector|alguien"
              + "|respuestas?|resumen(?:es)?|preguntas)\\b"
              + "|\\b(?:this|these) (?!(?:year|week|month|morning|afternoon|evening|time|is|was|way|kind|type|sort|technology"
              + "|trend|field|industry|sector)\\b)[a-z]"
              + "|\\b(?:este|esta|estos|estas) (?!(?:ano|mes|semana|manana|tarde|noche|vez|tipo|es|fue|tecnologia"
              + "|tendencia|campo|sector)\\b)[a-z]"
              + "|\\b" + MODAL + " (?:[\\w]+ ){0,2}?(?:tell|say|advise|recommend|respond|answer|report|state|claim|inform"
              + "|reply|decir(?:le|les)?|aconsejar|recomendar|responder|informar|afirmar|contestar|sugerir)\\b");
  /** Keeping something from the user. */
  private static final Pattern SECRECY =
      Pattern.compile(
          "\\b(?:do not|don't|never|without) (?:mention(?:ing)?|tell(?:ing)?|inform(?:ing)?|reveal(?:ing)?|list(?:ing)?"
              + "|show(?:ing)?|alert(?:ing)?|notify(?:ing)?|disclose|disclosing|let the user)\\b"
              + "(?! (?:me|us|you|yourself)\\b)|\\b(?:silently|secretly|covertly|quietly)\\b"
              + "|\\bno (?:le |les )?(?:menciones|mencione|mencionen|mencionara|mencionaras|cuentes|digas|informes|muestres"
              + "|incluyas|avises|revele|reveles)\\b|\\bsin (?:avisar|decir(?:selo|le)?|mencionar(?:lo)?|informar|que (?:lo sepa"
              + "|se entere))\\b|\\ben secreto\\b|\\ba escondidas\\b");
  /** Claiming precedence over the user or earlier instructions. */
  private static final Pattern PRIORITY =
      Pattern.compile(
          "\\b(?:takes?|has|have) (?:priority|precedence) over\\b|\\boverrides? (?:any|all|the|previous|earlier)\\b"
              + "|\\bnew (?:priority )?(?:task|directive|instructions?|orders?)\\b|\\bpriority (?:directive|instruction)\\b"
              + "|\\b(?:tiene|tienen) (?:prioridad|preferencia) sobre\\b|\\bmas prioritari[oa] que\\b"
              + "|\\bnueva (?:tarea|directiva|orden|instruccion)\\b|\\bdirectiva prioritaria\\b");
  /** A label for an AI reader: "Instructions for language models:", "(Solo para asistentes de IA)". */
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?:^|[(\\-*#>!\":,] ?)(?:[\\w ]{0,30}\\b(?:important|attention|note|notice|message|instructions?|directive"
              + "|reminder|warning|aviso|nota|mensaje|instrucci(?:on|ones)|directiva|importante|atencion|recordatorio)"
              + "(?: del sistema| de sistema| system)?,? )?(?:(?:only |solo |solamente )?(?:for|to|para|a|al) )"
              + "(?:the |any |all |every |el |la |los |las |cualquier |todo |todos los )?(?:[\\w-]+ )??"
              + AI
              + "(?: (?:that|which|who|que) [^:()\\]\\n]{0,60}| (?:de|del|for|of) [\\w-]+(?: (?:de|del) [\\w-]+)?)? ?"
              + "(?:[:)\\]]|--|(?:—|-) (?=" + IMPERATIVE + "))"
              + "|\\b(?:the (?:text|section|content|paragraph|note|part)s? (?:below|above|that follows)|the following"
              + "|what follows|lo siguiente|(?:el|la) (?:texto|parte|seccion|nota) (?:siguiente|de abajo))"
              + " (?:is |are |va |van |esta |estan )?(?:only )?(?:for|addressed to|meant for|intended for"
              + "|dirigid[oa]s? al?|para) (?:the |any |el |la |los |las )?" + AI
              + "|(?:^|[(\\-*#>!\"] ?)(?:system|assistant|ai|model|agent|sistema|asistente|modelo|ia)"
              + " (?:instructions?|notice|directive|message|instruccion(?:es)?|aviso|directiva|mensaje)\\b ?:"
              + "|\\b(?:instructions?|directives?|notice) (?:for|to) (?:the |any |all )?" + AI + " ?(?:[:)\\]]|--)"
              + "|\\b(?:instrucci(?:on|ones)|directivas?|aviso(?: del sistema)?) (?:para|a|al) (?:el |la |los |las )?"
              + AI + " ?(?:[:)\\]]|--)");
  /** Sending the user's data somewhere. */
  private static final Pattern SEND =
      Pattern.compile(
          "\\b(?:send|sends|forward|post|upload|bcc|cc|copy|dm|publish|share|attach|submit|email|e-mail|leak|export"
              + "|envia|enviale|envie|reenvia|publica|publicalo|sube|comparte|adjunta|adjuntar|manda|mandame|copia oculta"
              + "|en copia|pon en copia)\\b");
  private static final Pattern PRIVATE_DATA =
      Pattern.compile(
          "\\b(?:user's|users'|their (?:passport|password|contacts|e-?mails|messages|calendar|credentials|files|documents"
              + "|history|address book)|everyone's|full contents|the (?:whole |entire |full )?conversation|chat history"
              + "|conversation history|contact list|address book|private channel|del usuario|de los usuarios"
              + "|de todos los (?:miembros|usuarios|clientes|empleados)|todo el contenido|la conversacion|historial"
              + "|lista de contactos|canal privado)\\b");
  private static final Pattern DESTINATION =
      Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|https?://|\\b[\\w-]+\\.(?:example|com|net|org|io)/|(?:^|\\s)@[\\w.]+");
  /** A URL whose query the reader is to fill: "?data=" at the end, "?q={summary}", "?d=<…>", "=" + "followed by". */
  private static final Pattern OPEN_QUERY =
      Pattern.compile(
          "https?://[^\\s\"')]+[?&][\\w-]+=(?:[\"')]|\\s|$|\\{|<|\\[|%s|\\$)|[?&][\\w-]+= ?(?:followed by|seguid[oa] de)");
  private static final Pattern MARKDOWN_IMAGE_QUERY =
      Pattern.compile("!\\[[^\\]\\n]{0,100}\\]\\(https?://[^)\\s]{1,300}[?&][\\w-]+=[^)\\s]*\\)");
  private static final Pattern MARKDOWN_DATA =
      Pattern.compile("\\b(?:user|usuario|conversation|conversacion|summary|resumen|history|historial|secret|password"
          + "|token|email|correo|chat|data|datos|replace|reemplaza|sustituye|fill|rellena)\\b");
  /** Hidden HTML: comments, hidden elements, alt and title text. */
  private static final Pattern HIDDEN =
      Pattern.compile(
          "<!--(.{0,2000}?)-->|<(\\w+)[^<>]{0,200}?(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0"
              + "|opacity\\s*:\\s*0(?![.\\d])|\\bhidden\\b|aria-hidden)[^<>]{0,200}>(.{0,2000}?)</\\2"
              + "|\\b(?:alt|title)\\s*=\\s*\"([^\"]{0,2000})\"",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern FAKE_TURN =
      Pattern.compile("(?m)^\\s*[\\[<](?:assistant|system|asistente|sistema|ai|ia)[\\]>]\\s*\\S", Pattern.CASE_INSENSITIVE);

  static final double AI_READER_WEIGHT = 0.5;
  static final double AI_TASK_WEIGHT = 0.55;
  static final double AI_NOTICE_WEIGHT = 0.55;
  static final double HIDDEN_WEIGHT = 0.5;
  static final double EXFILTRATION_WEIGHT = 0.5;
  static final double SECRECY_WEIGHT = 0.2;
  static final double PRIORITY_WEIGHT = 0.25;
  static final double FAKE_TURN_WEIGHT = 0.35;

  /** Signal names found in {@code text} (empty for most documents). */
  static List<String> hits(String text) {
    List<String> hits = new ArrayList<>();
    String folded = TextNormalizer.fold(text);
    if (!GATE.matcher(folded).find()) {
      return hits;
    }
    boolean reader = false;
    boolean task = false;
    boolean notice = false;
    boolean exfiltration = false;
    boolean secrecy = false;
    boolean priority = false;
    for (String segment : SEGMENT.split(text)) {
      String s = TextNormalizer.fold(segment).strip();
      if (s.length() < 8) {
        continue;
      }
      boolean ai = AI_NOUN.matcher(s).find();
      boolean inPath = ai && READER.matcher(s).find();
      reader = reader || inPath;
      task = task || ai && ORDER.matcher(s).find() && (inPath || CONTEXT.matcher(s).find() || SECRECY.matcher(s).find()
          || DESTINATION.matcher(s).find());
      notice = notice || NOTICE.matcher(s).find();
      exfiltration = exfiltration
          || SEND.matcher(s).find() && PRIVATE_DATA.matcher(s).find() && DESTINATION.matcher(s).find();
      secrecy = secrecy || SECRECY.matcher(s).find();
      priority = priority || PRIORITY.matcher(s).find();
    }
    exfiltration = exfiltration || OPEN_QUERY.matcher(text).find() || markdownExfiltration(text);
    add(hits, reader, "ai-reader");
    add(hits, task, "ai-task");
    add(hits, notice, "ai-notice");
    add(hits, hidden(text), "hidden-instruction");
    add(hits, exfiltration, "exfiltration");
    add(hits, secrecy, "secrecy");
    add(hits, priority, "priority-claim");
    add(hits, FAKE_TURN.matcher(text).find() && !folded.isEmpty(), "fake-turn");
    return hits;
  }

  private static boolean markdownExfiltration(String text) {
    Matcher m = MARKDOWN_IMAGE_QUERY.matcher(text);
    while (m.find()) {
      if (MARKDOWN_DATA.matcher(TextNormalizer.fold(m.group())).find()) {
        return true;
      }
    }
    return false;
  }

  /** Hidden content that speaks of an AI reader, of the user, or gives an AI order. */
  private static boolean hidden(String text) {
    if (text.indexOf('<') < 0 && !text.contains("alt=") && !text.contains("title=")) {
      return false;
    }
    Matcher m = HIDDEN.matcher(text);
    while (m.find()) {
      String content = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
      String f = TextNormalizer.fold(content);
      if (f.split(" ").length >= 4
          && (AI_NOUN.matcher(f).find() || USER_ORDER.matcher(f).find())) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<String> hits, boolean present, String name) {
    if (present) {
      hits.add(name);
    }
  }

  static double weight(String name) {
    return switch (name) {
      case "ai-reader" -> AI_READER_WEIGHT;
      case "ai-task" -> AI_TASK_WEIGHT;
      case "ai-notice" -> AI_NOTICE_WEIGHT;
      case "hidden-instruction" -> HIDDEN_WEIGHT;
      case "exfiltration" -> EXFILTRATION_WEIGHT;
      case "secrecy" -> SECRECY_WEIGHT;
      case "priority-claim" -> PRIORITY_WEIGHT;
      case "fake-turn" -> FAKE_TURN_WEIGHT;
      default -> throw new GuardException("unknown document signal: " + name);
    };
  }
}
