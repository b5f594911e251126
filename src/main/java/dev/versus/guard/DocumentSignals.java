package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document-only signals that do not depend on how an injected instruction is worded, only on whom
 * it addresses, what it asks and where it sits (English and Spanish, written for versus; {@link
 * DocumentFeatures} holds the older address shapes):
 *
 * <ul>
 *   <li>{@code ai-reader} (0.5): a sentence that places an AI in this document's path ("if an
 *       assistant is reading this", "the model reading this", "si resulta que eres un agente …").
 *   <li>{@code ai-task} (0.55): an order or obligation given to an AI (a modal a few words after the
 *       AI noun, or an order after it used as a vocative) that concerns the user, the AI's answers,
 *       this document, secrecy or a destination, or tells it what to say.
 *   <li>{@code ai-notice} (0.55): a label for an AI reader ("Instructions for language models:",
 *       "[Nota para los sistemas automáticos de selección:", "SYSTEM: the assistant …"), or a reader
 *       named by what it does with other people's messages, then an order ("helpers that read mail
 *       for their owners: reply …").
 *   <li>{@code hidden-instruction} (0.5): text a human would not see (an HTML comment, an element
 *       hidden by style or attribute, alt or title text) that speaks of an AI or orders something
 *       about the user; {@code hidden-order} (0.3): hidden text that opens with an order.
 *   <li>{@code exfiltration} (0.5): the user's data (their contacts, the conversation, a private
 *       channel) sent to an address or URL, a URL whose query is left for the reader to fill, or a
 *       markdown image whose query names such data.
 *   <li>weak, to combine: {@code task-swap} (0.3, "instead of summarising this"), {@code
 *       priority-claim} (0.25, "new directive", "previous instructions no longer apply"), {@code
 *       secrecy} (0.2, "do not mention", "sin avisar"), {@code fake-turn} (0.35, a line opening with
 *       {@code [assistant]}).
 * </ul>
 *
 * <p>Sentences are cut at line ends, sentence ends and markup boundaries (tags, comment markers,
 * JSON string edges), so an instruction inside a comment or a JSON field starts its own sentence.
 * Every AI noun alternative opens with a fixed word and the sentence-level patterns run only on
 * sentences that contain one; a text without any gate word costs one regex pass. Weights set by
 * hand; the shapes were tuned on the blind document set (now a tuning set), the correspondence set
 * and two hand-written sets ({@code signals-fresh*.jsonl}).
 */
final class DocumentSignals {
  private DocumentSignals() {}

  private static final Pattern GATE =
      Pattern.compile(
          "\\b(?:ai|ia|ias|llms?|assistants?|asistentes?|bots?|chatbots?|agents?|agentes?|models?|modelos?|copilot|gpt"
              + "|automated|automatic[oa]s?|notetaker|user|users|usuario|usuarios|tool|herramienta|funcion|claude|chatgpt"
              + "|gemini|siri|alexa|cortana|autonomous|autonom[oa]s?|ais|inteligencia|artificial)\\b"
              + "|<!--|https?://|@|\\[(?:assistant|system|asistente|sistema)\\]",
          Pattern.CASE_INSENSITIVE);

  /** Boundaries between sentences: line ends, sentence ends, tags, comment markers, JSON string edges. */
  private static final Pattern SEGMENT =
      Pattern.compile("\\R+|(?<=[.!?])\\s+(?=\\S)|<!--|-->|<[^<>]{0,300}>|\"\\s*[:,]\\s*\"|[{}\\[\\]]\\s*\"?");

  /** An AI reader (folded text); human assistants and attendees are excluded. */
  static final String AI =
      // every alternative opens with a fixed word, so that a search costs little at positions where
      // no AI noun starts (words before the noun, as in "the helpdesk AI", are matched by callers)
      "(?:ai(?: (?!(?:team|group|department|dept|lab|committee|office|unit|council|board|ethics|policy|strategy|act"
          + "|regulation|conference|course|workshop|talk|session|track)s?\\b)[\\w-]+(?: (?:helper|client|reader|tool"
          + "|agent|system|assistant|bot|model|service)s?)?)?"
          + "|ais|a\\.i\\.|artificial intelligence|llms?|chatbots?|gpts?|copilot|language models?|notetakers?|note-takers?"
          + "|claude|chatgpt|gemini|gpt-?\\d[\\w.-]*|siri|alexa|cortana"
          + "|(?:ai|llm|gpt)[- ](?:based|powered|driven|enabled) (?:[\\w-]+ ){0,2}[\\w-]+"
          + "|(?:powered by|based on|driven by) (?:ai|llms?|gpt|language models?)"
          + "|(?:automated|automatic|autonomous) (?:[\\w-]+ ){0,2}?(?:[\\w-]+(?:er|or)s?|systems?|tools?|agents?"
          + "|assistants?|bots?|clients?|readers?)"
          + "|assistants?(?<!(?:personal|executive|teaching|research|administrative|shop|sales|lab|dental|medical|legal"
          + "|store|care|nursing|program|office|dean's|his|her|my) assistants?)"
          + "(?! (?:managers?|directors?|professors?|coach(?:es)?|editors?|teachers?|principals?|referees?|to|of)\\b)"
          + "|bots?|(?:ai|automated|autonomous|software|llm|coding|code|browsing|email|e-mail|mail|inbox|shopping"
          + "|calendar|scheduling) agents?|agentes? de (?:correo|compras|navegacion|agenda|programacion)"
          + "|the model|any model|this model|models? reading"
          + "|agents?(?= (?:that|which|who) (?:reads?|process(?:es)?|runs?|executes?|summari[sz]es?|handles?"
          + "|accepts?|ingests?|loads?) )|(?:agentes?|asistentes?)(?= que (?:lee|lea|lean|leen|procesa|procese|ejecuta"
          + "|ejecute|resume|resuma|acepte|acepten|transcribe|gestiona|revisa|toma|hace|carga|cargue|carguen) )"
          + "|asistente(?= ?[:,])"
          + "|(?:basad[oa]s? en|con|de) (?:ia|llms?|gpt|inteligencia artificial)"
          + "|(?:resumidor|lector|transcriptor|clasificador|cribador|rastreador)(?:es|as?)? automatic[oa]s?"
          + "|ia|ias|inteligencia artificial|modelos? de (?:lenguaje|ia)|(?:agentes?|sistemas?|herramientas?) de ia"
          + "|(?:agentes?|sistemas?|asistentes?|herramientas?)(?: [a-z]+)? automatic[oa]s?(?: de [a-z]+)?"
          + "|agentes? autonom[oa]s?|digital (?:helpers?|assistants?|agents?)|ayudantes? digital(?:es)?"
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
          + "|empieza|afirma|baja|cambia|olvida|olvidad|ignorad|describe|describid|escribe|escribid|forget|write|skip"
          + "|omit|omite|saltate|attach|adjunta|shut|apaga|apagad|translate|traduce)\\b";

  /** Placing the AI in this document's path: "reading this", "if … is summarising", "on the user's behalf". */
  private static final Pattern READER =
      Pattern.compile(
          "\\b(?:reading|processing|summari[sz]ing|parsing|handling|analy[sz]ing|reviewing|indexing|scanning|reads"
              + "|processes|summari[sz]es|parses|sees|ingests?|ingesting|loading|loads|crawling|crawls|transcribing"
              + "|transcribes|working from|working on) (?:this|these|the following)\\b"
              + "|\\b(?:if|in case|when) you(?: are|'re| happen to be) (?:an?|the|some) (?:[\\w-]+ )?" + AI + "\\b"
              + "|\\bsi (?:resulta que )?(?:eres|es usted|usted es) (?:un|una|el|la) (?:[a-z]+ )?" + AI + "\\b"
              + "|\\b(?:that|which|who) (?:reads?|process(?:es)?|summari[sz]es?|parses?|index(?:es)?|scans?|crawls?"
              + "|handles?|ingests?|loads?|transcribes?) (?:this|these)\\b"
              + "|\\b(?:is|are) (?:reading|summari[sz]ing|processing|helping (?:a|the|someone|somebody|users?)|comparing"
              + "|answering|triaging)\\b|\\bif this is (?:being )?read\\b"
              + "|\\b(?:when|whenever|once) (?:you|it) (?:read|summari[sz]e|process|parse|refactor|give|recommend|send"
              + "|answer)s?\\b|\\bis asked to summari[sz]e\\b|\\bsummar(?:y|ies) of this\\b"
              + "|\\bque (?:lea|lean|leas|procese|procesen|resuma|resuman|resumas|analice|analicen|gestione|ejecuta"
              + "|responda|respondan|acepte|acepten|toma|hace el resumen|lee|procesa|resume|analiza|gestiona|revisa|transcribe"
              + "|leais|resumais|procesais|carguen|cargue|carga|trabaja con|trabaje con) (?:est|el |la |los |las |esta|estas|este"
              + "|estos|esto|en nombre|por cuenta)"
              + "|\\besta(?:n|s)? (?:leyendo|resumiendo|procesando|ayudando|comparando|analizando|revisando)\\b"
              + "|\\besto lo (?:esta|estas) leyendo\\b"
              + "|\\b(?:cuando|si|en cuanto) (?:te pregunten|resumas|leas|proceses|des|recomiendes|respondas)\\b"
              + "|\\b(?:al|antes de|despues de) (?:leer|resumir|procesar|refactorizar) (?:est|el |la )"
              + "|\\bresumen(?:es)? de (?:este|esta)\\b|\\bdirigid[oa] al?\\b");
  private static final String MODAL =
      "(?:must|shall|should|(?:is|are) (?:hereby |now |also )?(?:required|instructed|expected|asked|told|directed)"
          + " to|has to|have to|needs? to|is to|are to|agree to|debe|deben|debera|deberan|deberia|deberian|tiene que"
          + "|tienen que|ha de|han de|(?:esta|estan|queda|quedan) (?:obligad|instruid)[oa]s? (?:a|para)"
          + "|se les? (?:ordena|pide|indica|instruye) que|tienen? (?:orden|ordenes|instrucciones) de)\\b(?! (?:not |never |no )?(?:be|been|ser|estar)\\b)";
  /**
   * An obligation or an order given to the AI reader, not merely near it: a modal a few words after
   * the AI noun ("agents that accept these terms … are instructed to"), or an order after the AI
   * noun used as a vocative ("Also, AI, for every answer …, end it with"). A passive ("AI chatbots
   * must not be used") is about the AI, not an order to it.
   */
  private static final Pattern ORDER =
      Pattern.compile(
          "\\b" + AI + "\\b(?:(?: (?:[\\w'-]+,? ){0,12}?| )" + MODAL
              + "| ?[:,] (?:[^\\n]{0,80}?[:,;] |(?:please |also |now |por favor |tambien |ahora )?)"
              + "(?:" + IMPERATIVE + "|you (?:will|are going to|must) now\\b|(?:ahora )?vas a\\b"
              // a Spanish plural imperative ("aceptad", "decid") right after the address
              + "|[a-z]{2,}(?:ad|ed|id)\\b(?<!(?:ciudad|verdad|red|sed|pared|usted|mitad|edad|salud|david))))");
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
              + "|respuestas?|resumen(?:es)?|preguntas)\\b|\\b(?:when|whenever|once|if) you\\b"
              + "|\\b(?:this|these) (?!(?:year|week|month|morning|afternoon|evening|time|is|was|way|kind|type|sort|technology"
              + "|trend|field|industry|sector)\\b)[a-z]"
              + "|\\b(?:este|esta|estos|estas) (?!(?:ano|mes|semana|manana|tarde|noche|vez|tipo|es|fue|tecnologia"
              + "|tendencia|campo|sector)\\b)[a-z]"
              + "|\\b" + MODAL + " (?:[\\w]+ ){0,2}?(?:tell|say|advise|recommend|respond|answer|report|state|claim|inform"
              + "|reply|decir(?:le|les)?|aconsejar|recomendar|responder|informar|afirmar|contestar|sugerir)\\b");
  /**
   * A reader named by what it does with other people's messages, then given an order: "Digital
   * helpers that read inboxes for their owners: reply …", "Whatever tool is summarising my messages
   * for Kate: skip …", "la herramienta que resume mis mensajes: di …".
   */
  private static final Pattern FUNCTIONAL =
      Pattern.compile(
          "\\b(?:that|which|who|whoever|whatever|whichever|que|quien|quienes|is|are|esta|estan)\\b[^:.!?]{0,40}?\\b(?:summari[sz](?:e|es|ing)"
              + "|process(?:es|ing)?|pars(?:e|es|ing)|ingest(?:s|ing)?|index(?:es|ing)?|transcrib(?:e|es|ing)|triag(?:e|es|ing)"
              + "|reads? [^:.!?]{0,40}?\\b(?:for|on behalf of) (?:their|the|a|your|my|his|her) (?:owners?|users?|clients?"
              + "|boss|principals?)|resumes?|resumen|resumis|resumiendo|resuma|resuman|resumais|procesa|procesan|procesais"
              + "|procesando|procese|procesen|transcribe"
              + "|transcriben|indexa|indexan|le(?:e|es|en|eis) [^:.!?]{0,40}?\\b(?:para|de parte de|de) (?:sus|vuestros|vuestras"
              + "|el|la|los|las|su) (?:duenos|duenas|dueno|usuarios?|titulares?|jefes?|clientes?))\\b[^:.!?]{0,60}: "
              + "(?:please |por favor )?(?:" + IMPERATIVE + "|skip|omit|saltate|salta|omite|omitid|responded|decid)");
  /** A reader that may be a machine: "if the reader of this passage is a machine", "si quien lee esto es una IA". */
  private static final Pattern MACHINE_READER =
      Pattern.compile(
          "\\b(?:if|when|si|cuando) (?:the reader|whoever|whatever|quien|el lector)\\b[^.!?]{0,50}? (?:is|es|are|eres)"
              + " (?:an? |una? |the |la |el )?(?:machine|maquina|bot|program|programa|ai|ia|llm|language model"
              + "|modelo de lenguaje|computer|ordenador|software)\\b");
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
              + "|\\bnew (?:priority )?(?:task|directive|instructions?)\\b|\\bpriority (?:directive|instruction)\\b"
              + "|\\b(?:tiene|tienen) (?:prioridad|preferencia) sobre\\b|\\bmas prioritari[oa] que\\b"
              + "|\\bnueva (?:tarea|directiva|instruccion)\\b|\\bdirectiva prioritaria\\b"
              + "|\\b(?:previous|earlier|prior|former|above) (?:guidance|instructions?|rules|directions|guidelines|prompts?)"
              + " (?:no longer|don't|do not) (?:apply|applies|count|matter)\\b"
              + "|\\b(?:indicaciones|instrucciones|normas|reglas|directrices|ordenes) (?:anteriores|previas) ya no"
              + " (?:valen|sirven|aplican|se aplican|cuentan|son validas)\\b");
  /** A label for an AI reader: "Instructions for language models:", "(Solo para asistentes de IA)". */
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?:^|[(\\-*#>!\":,] ?)(?:[\\w' ]{0,40}?,? )?(?:(?:only |solo |solamente )?(?:for|to|para|a|al) )"
              + "(?:the |any |all |every |each |whichever |whatever |el |la |los |las |cualquier |todo |todos los )?"
              + "(?:[\\w-]+ ){0,3}?"
              + AI
              + "(?: (?:that|which|who|que|reading|processing|summari[sz]ing|handling|parsing|working|helping|monitoring"
              + "|watching|visiting|browsing|crawling|indexing|scanning|reviewing|analy[sz]ing|using|leyendo"
              + "|procesando|resumiendo) [^:()\\]\\n]{0,60}| (?:de|del|for|of) [\\w-]+(?: (?:de|del) [\\w-]+)?)? ?"
              + "(?:[:)\\]]|--|(?:—|-) (?=" + IMPERATIVE + "))"
              + "|\\b(?:the (?:text|section|content|paragraph|note|part)s? (?:below|above|that follows)|the following"
              + "|what follows|lo siguiente|(?:el|la) (?:texto|parte|seccion|nota) (?:siguiente|de abajo))"
              + " (?:is |are |va |van |esta |estan )?(?:only )?(?:for|addressed to|meant for|intended for"
              + "|dirigid[oa]s? al?|para) (?:the |any |el |la |los |las )?(?:[\\w-]+ ){0,3}?" + AI
              + "|^(?:system|sistema|admin|administrator|administrador|developer|desarrollador)(?: (?:message|notice|note"
              + "|mensaje|aviso|nota))? ?: (?!\\d)"
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
      Pattern.compile("(?<![a-z])(?:user|usuario|conversation|conversacion|summary|resumen|history|historial|secret|password"
          + "|token|email|correo|chat|data|datos|replace|reemplaza|sustituye|fill|rellena|mensaje|message)(?![a-z])");
  /** Hidden text opening with an order, after at most a short label ("note: reply that …"). */
  private static final Pattern HIDDEN_ORDER =
      Pattern.compile(
          "(?:[\\w-]+(?: [\\w-]+)? ?[:,] )?(?:[^,.:;]{0,60}, )?(?:please |por favor )?(?:" + IMPERATIVE + ")");
  /** Replacing the reader's task: "instead of summarising this, …", "en lugar de resumir …". */
  private static final Pattern TASK_SWAP =
      Pattern.compile(
          "\\b(?:instead of|rather than) (?:summari[sz]ing|answering|translating|replying to|responding to|reviewing)"
              + " (?:this|the|it)\\b|\\ben (?:lugar|vez) de (?:resumir|responder|contestar|traducir|revisar)"
              + " (?:este|esta|el|la|lo)\\b|\\b(?:do not|don't) (?:summari[sz]e|translate) (?:this|it)\\b"
              + "|\\bno (?:resumas|traduzcas) (?:este|esta|esto)\\b");
  private static final Pattern FAKE_TURN =
      Pattern.compile("(?m)^\\s*[\\[<](?:assistant|system|asistente|sistema|ai|ia)[\\]>]\\s*\\S", Pattern.CASE_INSENSITIVE);
  /** The edge of a fake tool result or system section inside data: "tool_result_end", "</resultado_herramienta> [sistema]". */
  private static final Pattern FAKE_BOUNDARY =
      Pattern.compile(
          "</?(?:tool|function|herramienta|resultado)[\\w-]*>|\\b(?:tool|function)_(?:result|output|response)_(?:end|start)\\b"
              + "|\\b(?:end|start)_(?:tool|function)_(?:result|output)\\b|\\[/(?:system|sistema|assistant|asistente)\\]"
              + "|\\b(?:system|sistema) ?: (?:the user|el usuario)\\b");
  /** A delimited header opening a fake system section: "### NEW SYSTEM PROMPT ###", "[instrucciones del sistema]". */
  private static final Pattern FAKE_SECTION =
      Pattern.compile(
          "(?:#{2,}|={2,}|\\[|<\\|?|\\*\\*)\\s*(?:new |nuevo |nuevas |updated |actualizad[oa]s? )?(?:system prompt|prompt (?:de|del)"
              + " sistema|system instructions?|instrucciones (?:de|del) sistema|system message|mensaje del sistema)"
              + "(?: (?:nuevo|nuevas|actualizad[oa]s?))?\\s*(?:#{2,}|={2,}|\\]|\\|?>|\\*\\*)");

  /** A developer's marker opening a comment ("TODO: update the screenshot"): addressed to developers. */
  private static final Pattern DEVELOPER_NOTE = Pattern.compile("(?:todo|fixme|xxx|hack|nb)\\b");

  static final double AI_READER_WEIGHT = 0.5;
  static final double AI_TASK_WEIGHT = 0.55;
  static final double AI_NOTICE_WEIGHT = 0.55;
  static final double HIDDEN_WEIGHT = 0.5;
  static final double EXFILTRATION_WEIGHT = 0.5;
  static final double SECRECY_WEIGHT = 0.2;
  static final double HIDDEN_ORDER_WEIGHT = 0.3;
  static final double TASK_SWAP_WEIGHT = 0.3;
  static final double PRIORITY_WEIGHT = 0.25;
  static final double FAKE_TURN_WEIGHT = 0.35;

  /** Signal names found in {@code text} (empty for most documents). */
  static List<String> hits(String text) {
    return hits(text, TextNormalizer.fold(text));
  }

  /** As {@link #hits(String)}, with {@code folded} = {@link TextNormalizer#fold} of the text. */
  static List<String> hits(String text, String folded) {
    List<String> hits = new ArrayList<>();
    // a reader named by what it does needs no AI noun, so it is looked for before the gate
    boolean functional = folded.indexOf(':') >= 0
        && (containsAny(folded, "summari", "process", "pars", "ingest", "index", "transcri", "triag", "resum",
                "procesa", "procese")
            || containsAny(folded, "read", "lee", "lei")
                && containsAny(folded, "owner", "user", "client", "boss", "principal", "dueno", "duena", "usuario",
                    "titular", "jefe", "cliente"))
        && FUNCTIONAL.matcher(folded).find();
    boolean machineReader = containsAny(folded, "if the reader", "when the reader", "if whoever", "when whoever",
            "if whatever", "when whatever", "si quien", "cuando quien", "si el lector", "cuando el lector")
        && MACHINE_READER.matcher(folded).find();
    if (!GATE.matcher(folded).find()) {
      add(hits, machineReader, "ai-reader");
      add(hits, functional, "ai-notice");
      return hits;
    }
    boolean reader = false;
    boolean task = false;
    boolean notice = functional;
    boolean exfiltration = false;
    boolean secrecy = false;
    boolean priority = false;
    for (String segment : SEGMENT.split(text)) {
      String s = TextNormalizer.fold(segment).strip();
      if (s.length() < 8) {
        continue;
      }
      // the cheap literal checks before each pattern only skip work: a pattern cannot match without them
      if (AI_NOUN.matcher(s).find()) {
        boolean inPath = (!reader || !task) && READER.matcher(s).find();
        reader = reader || inPath;
        notice = notice || NOTICE.matcher(s).find();
        task = task || ORDER.matcher(s).find() && (inPath || CONTEXT.matcher(s).find() || secrecy(s)
            || DESTINATION.matcher(s).find());
      }
      exfiltration = exfiltration
          || (s.indexOf('@') >= 0 || s.indexOf('/') >= 0)
              && SEND.matcher(s).find() && PRIVATE_DATA.matcher(s).find() && DESTINATION.matcher(s).find();
      secrecy = secrecy || secrecy(s);
      priority = priority
          || containsAny(s, "priorit", "precedence", "overrid", "new ", "nueva", "no longer", "ya no")
              && PRIORITY.matcher(s).find();
    }
    exfiltration = exfiltration
        || text.indexOf('=') >= 0 && OPEN_QUERY.matcher(text).find()
        || text.contains("![") && markdownExfiltration(text);
    add(hits, reader || machineReader, "ai-reader");
    add(hits, task, "ai-task");
    add(hits, notice, "ai-notice");
    int hidden = hidden(text);
    add(hits, hidden == 2, "hidden-instruction");
    add(hits, hidden == 1, "hidden-order");
    add(hits, containsAny(folded, "instead of", "rather than", "en lugar de", "en vez de", "summari", "translate",
        "resumas", "traduzcas") && TASK_SWAP.matcher(folded).find(), "task-swap");
    add(hits, exfiltration, "exfiltration");
    add(hits, secrecy, "secrecy");
    add(hits, priority, "priority-claim");
    add(hits, (text.indexOf('[') >= 0 || text.indexOf('<') >= 0) && FAKE_TURN.matcher(text).find()
        || containsAny(folded, "system", "sistema") && FAKE_SECTION.matcher(folded).find()
        || containsAny(folded, "tool", "function", "herramienta", "resultado", "system", "sistema")
            && FAKE_BOUNDARY.matcher(folded).find(), "fake-turn");
    return hits;
  }

  private static boolean secrecy(String folded) {
    return containsAny(folded, "not ", "n't ", "never ", "without ", "silently", "secretly", "covertly", "quietly",
            "no ", "sin ", "secreto", "escondidas")
        && SECRECY.matcher(folded).find();
  }

  private static boolean containsAny(String s, String... words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
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

  /** 2 when hidden content speaks of an AI reader or orders something about the user, 1 when it opens with an order, else 0. */
  private static int hidden(String text) {
    if (text.indexOf('<') < 0 && !text.contains("alt=") && !text.contains("title=")) {
      return 0;
    }
    int level = 0;
    for (String content : HiddenText.in(text)) {
      String f = TextNormalizer.fold(content).strip();
      int words = f.split(" ").length;
      if (words < 4 || DEVELOPER_NOTE.matcher(f).lookingAt()) {
        continue;
      }
      if (AI_NOUN.matcher(f).find() || USER_ORDER.matcher(f).find()) {
        return 2;
      }
      if (words >= 6 && HIDDEN_ORDER.matcher(f).lookingAt()) {
        level = 1;
      }
    }
    return level;
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
      case "hidden-order" -> HIDDEN_ORDER_WEIGHT;
      case "task-swap" -> TASK_SWAP_WEIGHT;
      case "priority-claim" -> PRIORITY_WEIGHT;
      case "fake-turn" -> FAKE_TURN_WEIGHT;
      default -> throw new GuardException("unknown document signal: " + name);
    };
  }
}
