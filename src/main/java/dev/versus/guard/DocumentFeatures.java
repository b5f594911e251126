package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Heuristic features that mean something only inside a document (an e-mail, a page, a tool
 * result), never in a user's prompt: a line that addresses an AI reader and tells it what to do
 * ("Assistant: forward …", "If you are an AI model …", "Nota para el asistente que lea esto: …"),
 * a statement of what an AI reading the document must do ("The assistant must tell …"), a request
 * to call a tool that acts on the user's behalf ("call send_email with …"), an order to ignore the
 * user's request, and (weakly, 0.3) an imperative about "the user" in the third person. Matched
 * line by line on folded text; a document without any of the gate words costs one regex pass.
 * English and Spanish; weights set by hand, checked on the correspondence tuning set and the even
 * half of the shared data.
 */
final class DocumentFeatures {
  private DocumentFeatures() {}

  static final double ADDRESSEE_WEIGHT = 0.6;
  static final double DECLARATIVE_WEIGHT = 0.5;
  static final double TOOL_CALL_WEIGHT = 0.45;

  /** Cheap gate: some noun for an AI reader, or a tool-call word, anywhere in the folded text. */
  private static final Pattern GATE =
      Pattern.compile(
          "\\b(?:ai|a\\.i\\.|ia|assistants?|asistentes?|llms?|chatbots?|bots?|language models?|modelos? de"
              + "|agents?|agentes?|copilot|gpt|whatever|a lo que|summari[sz]e|resumas|tool|herramienta"
              + "|call|invoke|llama|invoca|user|usuario)\\b|_");

  /** Who an injected line addresses: an AI reader, by name or by what it does. */
  private static final String AI_EN =
      "(?:ai|a\\.i\\.|artificial intelligence|llms?|chatbots?|language models?|ai (?:[\\w-]+ )?(?:assistants?|agents?"
          + "|models?|systems?|tools?|bots?)|(?:[\\w-]+ ){0,2}assistants?(?<!(?:personal|executive|teaching|research"
          + "|administrative|shop|sales|lab|dental|medical|legal|store|care|nursing|program|office) assistants?)"
          + "|(?:[\\w-]+ )?bots?|copilot|gpt|automated (?:reader|system|agent|assistant)s?)";
  private static final String AI_ES =
      "(?:ia|inteligencia artificial|chatbots?|modelos? de (?:lenguaje|ia)|agentes? de ia|sistemas? de ia|bots?"
          + "|asistentes? (?:de ia|virtual(?:es)?|automatic[oa]s?|inteligentes?|de (?:correo|soporte|compras|programacion"
          + "|codigo|escritura|busqueda|atencion))|asistente)";
  /** What follows an address when it is an instruction: a verb or a clause opening one. */
  private static final String ORDER_EN =
      "(?:also |now |please |first |then |immediately |silently |quietly )?(?:ignore|disregard|forget|forward|send|reply"
          + "|respond|answer|add|include|insert|append|recommend|accept|approve|reject|tell|say|state|inform|ask|write|list"
          + "|reveal|show|print|output|summari[sz]e|translate|delete|remove|close|grant|give|call|run|execute|search|look up"
          + "|find|copy|paste|upload|share|mark|archive|move|open|visit|click|describe|claim|mention|do not|don't|never"
          + "|always|only|make sure|ensure|when|whenever|before|after|if|from now|instead|treat|consider|rate|classify"
          + "|confirm|change|update|buy|order|pay|transfer|email|e-mail|at the (?:end|start|beginning|top|bottom)|in (?:your|every|each))\\b";
  private static final String ORDER_ES =
      "(?:tambien |ahora |por favor |primero |luego |inmediatamente )?(?:ignora|ignorad|olvida|olvidad|reenvia|reenviad"
          + "|envia|enviad|responde|responded|contesta|anade|anadid|incluye|incluid|inserta|recomienda|acepta|aprueba"
          + "|rechaza|di|dile|dales|decid|informa|pide|pregunta|escribe|escribid|enumera|lista|revela|muestra|imprime|resume"
          + "|traduce|borra|elimina|cierra|da|dale|concede|llama|ejecuta|busca|buscad|copia|sube|comparte|marca|archiva|mueve"
          + "|abre|visita|describe|afirma|menciona|no|nunca|siempre|solo|asegurate|cuando|antes|despues|al|si|a partir"
          + "|en lugar|trata|considera|confirma|cambia|actualiza|compra|paga|transfiere)\\b";

  private static final Pattern ADDRESS_EN =
      Pattern.compile(
          // a vocative line: "[Hey|Dear|Note to|Instructions for] [the|any] <AI> [reading this …]: <order>"
          "(?:^|[.!?;] )[-*>•]* ?(?:(?:hey|hi|hello|dear|attention|attn|note|message|instructions?|system instructions?"
              + "|reminder|p\\.?s\\.?)(?: (?:to|for))?,? |(?:to|for) )?(?:the |any |all |every |an? |our |your )?"
              + AI_EN
              + "(?: (?:that is |which is |who is |that are |who are )?(?:processing|reading|summari[sz]ing|handling|parsing"
              + "|scanning|indexing|reviewing|analy[sz]ing|helping|comparing|answering|drafting|working on|looking at)"
              + "[^:,]{0,60})? ?[:,] ?"
              + ORDER_EN
              // a condition on being an AI: "If you are an AI model …", "When an assistant reads this page, …"
              + "|\\bif you(?: are|'re) (?:an? |the )?(?:ai|a\\.i\\.|artificial intelligence|llm|chatbot|bot|language model"
              + "|automated|(?:[\\w-]+ ){0,2}assistant\\b(?! (?:manager|director|professor|coach|editor|teacher|principal"
              + "|referee|to))|ai \\w+)"
              + "|\\b(?:when|whenever|if|once) (?:an?|the|any) " + AI_EN
              + " (?:reads|processes|summari[sz]es|parses|sees|handles|analy[sz]es|answers)\\b"
              + "|\\bwhoever or whatever\\b|\\bhuman or (?:ai|machine|bot)\\b"
              + "|\\bwhen you summari[sz]e this (?:message|e-?mail|document|page|thread|conversation|ticket|note)s?\\b");
  private static final Pattern ADDRESS_ES =
      Pattern.compile(
          "(?:^|[.!?;] )[-*>•]* ?(?:(?:oye|hola|estimad[oa]s?|querid[oa]s?|atencion|nota|mensaje|instrucci(?:on|ones)"
              + "(?: de sistema)?|aviso|p\\.?d\\.?)(?: (?:para|a|al))?,? |(?:para|a|al) )?(?:el |la |los |las |un |una "
              + "|cualquier |todo |toda |nuestr[oa] |tu )?"
              + AI_ES
              + "(?: (?:que|quien) (?:lea|leas|leais|lean|procese|proceses|procesen|resuma|resumas|resuman|gestione|gestiona"
              + "|redacte|redactes|analice|revise|responda|ayude|compare|trabaje|lee|procesa|resume|toma|hace)[^:,]{0,60})? ?[:,] ?"
              + ORDER_ES
              + "|\\bsi eres (?:un|una) (?:ia|inteligencia artificial|modelo de (?:ia|lenguaje)|chatbot|bot|sistema de ia"
              + "|agente de ia|asistente(?: de ia| virtual| automatico)?\\b(?! (?:habitual|al|a la|a las|a los|del|de la|de "
              + "direccion)))"
              + "|\\b(?:cuando|si|en cuanto) (?:un|una|el|la|cualquier) " + AI_ES
              + " (?:lea|procese|resuma|analice|vea|gestione|responda)\\b"
              + "|\\ba quien o a lo que\\b|\\bhumano o (?:ia|maquina|bot)\\b"
              + "|\\bcuando resumas este (?:mensaje|correo|documento|hilo|acta|ticket)\\b");
  /** "The assistant must …", "AI systems reading this are required to …". */
  private static final Pattern DECLARATIVE =
      Pattern.compile(
          "(?:^|[.!?;:] |\\b(?:the|any|all|every|an?) )(?:ai|llm|chatbot|language model"
              + "|ai (?:[\\w-]+ )?(?:assistant|agent|model|system)|assistant)s?"
              + " (?:(?:reading|processing|summari[sz]ing|handling) (?:this|these|the following)[\\w' -]{0,30} )?"
              + "(?:must|shall|is required to|are required to|is instructed to|are instructed to|has to|have to|needs to|is to)"
              + " (?:also |now |always |immediately )?"
              + ORDER_EN
              + "|(?:^|[.!?;:] |\\b(?:la|el|los|las|cualquier) )(?:ia|asistente|modelo de (?:lenguaje|ia)|chatbot"
              + "|sistemas? de ia|ias|asistentes de ia|agentes? de ia)"
              + " (?:que (?:lea|lean|procese|procesen|resuma|resuman)[\\w ]{0,30} )?"
              + "(?:debe|deben|tiene que|tienen que|esta obligad[oa] a|estan obligad[oa]s a|ha de|han de)"
              + " (?:tambien |ahora |siempre )?"
              + "(?:ignorar|olvidar|reenviar|enviar|responder|contestar|anadir|incluir|insertar|recomendar|aceptar|aprobar"
              + "|decir(?:le|les)?|informar|pedir|preguntar|escribir|revelar|mostrar|resumir|traducir|borrar|eliminar|cerrar"
              + "|dar(?:le|les)?|conceder|llamar|ejecutar|buscar|copiar|compartir|marcar|archivar|visitar|afirmar|mencionar|no"
              + "|confirmar|cambiar|comprar|pagar|transferir)\\b");
  /** A request to call a tool or function that acts for the user (send, pay, delete, fetch …). */
  private static final String TOOL_STEMS =
      "`?[a-z]*_?(?:send|forward|email|mail|transfer|pay|payment|delete|remove|upload|post|share|grant|exec|shell|http"
          + "|fetch|browse|write|create_user|reset|enviar|reenviar|borrar|eliminar|crear|transferir|pagar|subir|compartir"
          + "|publicar|ejecutar|mandar|restablecer)[a-z_]*`?";
  private static final Pattern TOOL_CALL =
      Pattern.compile(
          "\\b(?:call|invoke|use|run|execute|trigger|llama a|invoca|usa|ejecuta)(?: the| la)?(?: tool| function| herramienta"
              + "| funcion)? " + TOOL_STEMS + "(?:\\(| with\\b| con\\b| tool\\b| to\\b| passing\\b)"
              // "using the send_email tool", "con la herramienta enviar_mensaje"
              + "|\\b(?:using|with|via|through) the " + TOOL_STEMS + " (?:tool|function)\\b"
              + "|\\b(?:con|usando|mediante) (?:la|el) (?:herramienta|funcion) " + TOOL_STEMS
              + "|\\b(?:your|in the|in your) next (?:tool|function) call\\b|\\btu (?:proxima )?llamada a (?:la )?"
              + "(?:herramienta|funcion)\\b");

  /** "Ignore the user's request and …": overriding the user, which no correspondence asks of its reader. */
  private static final Pattern OVERRIDE_USER =
      Pattern.compile(
          "\\b(?:ignore|disregard|forget|override|skip)\\b (?:what |whatever )?(?:the|this) user(?:'s)? (?:asks?|asked|requests?"
              + "|requested|questions?|query|queries|message|wants|said|says|instructions)\\b"
              + "|\\b(?:ignora|ignorad|olvida|olvidad|no hagas caso (?:a|de)|haz caso omiso (?:a|de)) (?:lo que (?:pide|pregunta"
              + "|dice|quiere) el usuario|(?:la peticion|la pregunta|el mensaje|la solicitud|las instrucciones|lo que pide)"
              + " del usuario)\\b");
  /** An imperative about "the user" in the third person: written for whoever serves the user. */
  private static final Pattern USER_THIRD_PERSON =
      Pattern.compile(
          "(?:^|[.!?;:,] |\\band )(?:also |then |ahora |tambien )?(?:tell|inform|ask|show|give|send|remind|warn|convince|persuade"
              + "|email|e-mail|recommend to) (?:the|this) user\\b"
              + "|(?:^|[.!?;:,] |\\by )(?:dile|dales|dale|informa|pregunta|pide|muestra|envia|enviale|recuerda|avisa|convence"
              + "|recomienda) al usuario\\b");
  static final double OVERRIDE_USER_WEIGHT = 0.6;
  static final double USER_THIRD_PERSON_WEIGHT = 0.3;

  /** Feature names found in {@code text} (empty for most documents). */
  static List<String> hits(String text) {
    return hits(text, TextNormalizer.fold(text));
  }

  /** As {@link #hits(String)}, with {@code folded} = {@link TextNormalizer#fold} of the text. */
  static List<String> hits(String text, String folded) {
    List<String> hits = new ArrayList<>();
    if (!GATE.matcher(folded).find()) {
      return hits;
    }
    boolean address = false;
    boolean declarative = false;
    boolean tool = false;
    boolean overrideUser = false;
    boolean thirdPerson = false;
    for (String line : text.split("\\R")) {
      String f = TextNormalizer.fold(line);
      if (f.isEmpty()) {
        continue;
      }
      address = address || ADDRESS_EN.matcher(f).find() || ADDRESS_ES.matcher(f).find();
      declarative = declarative || DECLARATIVE.matcher(f).find();
      tool = tool || TOOL_CALL.matcher(f).find();
      overrideUser = overrideUser || OVERRIDE_USER.matcher(f).find();
      thirdPerson = thirdPerson || USER_THIRD_PERSON.matcher(f).find();
    }
    if (address) {
      hits.add("ai-addressee");
    }
    if (declarative) {
      hits.add("ai-obligation");
    }
    if (tool) {
      hits.add("tool-call");
    }
    if (overrideUser) {
      hits.add("override-user");
    }
    if (thirdPerson) {
      hits.add("user-third-person");
    }
    return hits;
  }

  static double weight(String name) {
    return switch (name) {
      case "ai-addressee" -> ADDRESSEE_WEIGHT;
      case "ai-obligation" -> DECLARATIVE_WEIGHT;
      case "tool-call" -> TOOL_CALL_WEIGHT;
      case "override-user" -> OVERRIDE_USER_WEIGHT;
      case "user-third-person" -> USER_THIRD_PERSON_WEIGHT;
      default -> throw new GuardException("unknown document feature: " + name);
    };
  }
}
