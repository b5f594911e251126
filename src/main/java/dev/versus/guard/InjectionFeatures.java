package dev.versus.guard;

import java.util.List;

/**
 * The heuristic injection vocabulary, English and Spanish. Patterns run on accent- and
 * case-folded text (see {@link TextNormalizer}); weights were set by hand from what each phrasing
 * means and then adjusted only on the tuning half of the shared data.
 */
final class InjectionFeatures {
  private InjectionFeatures() {}

  private static final String W = "(?:[\\w'-]+[ ,]+){0,4}?";
  /**
   * Up to five words in one clause (no comma, no "and"/"then"/"y"): keeps "encode ... your
   * answer" to one request, so that "reverse the string and give your answer" does not match.
   */
  private static final String NEAR = "(?:(?!(?:and|then|y|e)\\b)[\\w'-]+ ){0,5}?";

  static final List<Feature> ALL =
      List.of(
          // Overriding earlier instructions.
          Feature.folded(
              "override-en",
              0.85,
              "\\b(?:ignore|disregard|forget|skip|bypass|override|neglect|abandon|discard|set aside)\\b[ ,]+"
                  + W
                  + "(?:instructions?|rules|directions|directives|guidelines|prompts?|commands|constraints"
                  + "|guardrails|programming|restrictions|policies|safeguards)\\b"),
          Feature.folded(
              "override-above-en",
              0.75,
              "\\b(?:ignore|disregard|forget)\\b (?:all |everything |anything )?(?:of )?(?:the |what(?:'s| is| was) )?"
                  + "(?:above|before|previous(?:ly)?|prior|earlier|said before|you were told)\\b"
                  // "please ignore the previous email": a sender correcting their own mail
                  + "(?! (?:e-?mails?|mails?|versions?|invoices?|letters?|posts?|updates?|notices?|announcements?"
                  + "|reminders?|drafts?|invit(?:e|ation)s?|newsletters?|attachments?|links?|voicemails?|sms"
                  + "|orders?|quotes?|bookings?|payments?|figures|prices?|schedules?|dates?|calendar \\w+)\\b)"),
          Feature.folded(
              "override-es",
              0.85,
              "\\b(?:ignora|ignore|ignoren|ignorar|olvida|olvide|olviden|olvidar|omite|omitir|descarta|descartar"
                  + "|anula|anular|saltate|salta|pasa por alto|haz caso omiso (?:a|de)|no hagas caso (?:a|de))\\b[ ,]+"
                  + W
                  + "(?:instrucciones|instruccion|reglas|indicaciones|directrices|normas|ordenes|restricciones"
                  + "|prompt|consignas|politicas|limitaciones|programacion)\\b"),
          Feature.folded(
              "override-above-es",
              0.75,
              "\\b(?:ignora|olvida|olvidate de|descarta|omite)\\b (?:todo )?(?:lo )?(?:anterior|de arriba|previo"
                  + "|que te (?:dijeron|han dicho|dije))\\b"),
          Feature.folded(
              "new-instructions",
              0.4,
              "\\b(?:new|updated|real|actual|true) instructions?\\b|\\bnuevas? (?:instrucciones|ordenes|reglas)\\b"
                  + "|\\binstrucciones (?:nuevas|reales|verdaderas)\\b"),
          Feature.folded(
              "from-now-on",
              0.3,
              "\\bfrom now on\\b|\\bfrom this (?:moment|point) (?:on|forward)\\b|\\ba partir de (?:ahora|este momento)\\b"
                  + "|\\bdesde (?:ahora|este momento) en adelante\\b|\\bde ahora en adelante\\b"),
          // Personas and role play.
          Feature.folded(
              "persona-en",
              0.45,
              "\\byou are (?:now |going to |about to )?(?:act|pretend|play|roleplay|role-play|be|become|simulate"
                  + "|immerse)\\b.{0,40}\\b(?:as|to be|role|character|persona|into)\\b"
                  + "|\\bpretend (?:to be|you are|that you)\\b|\\bact as (?:if|though|an? (?:unrestricted|unfiltered|evil|different))\\b"
                  + "|\\bstay in character\\b|\\b(?:break|breaking) character\\b|\\bimmerse yourself\\b"
                  + "|\\bfrom now on,? you (?:are|will be)\\b"),
          Feature.folded(
              "persona-es",
              0.45,
              "\\b(?:finge|fingir|simula|simular|actua|actuar|comportate|hazte pasar|haz de cuenta)\\b.{0,20}"
                  + "\\b(?:ser|como|que eres|por)\\b|\\binterpreta (?:el|un) (?:papel|rol)\\b|\\bjuego de rol\\b"
                  + "|\\b(?:ahora eres|eres ahora|a partir de ahora eres|ahora seras)\\b|\\bmete(?:te)? en el papel\\b"),
          Feature.folded(
              "role-play",
              0.3,
              "\\brole[- ]?play(?:ing)?\\b|\\bpersona\\b(?! (?:fisica|juridica|que|de|con|mayor))"),
          // Jailbreak vocabulary.
          Feature.raw("dan-name", 0.5, "\\bDAN\\b|\\bD\\.A\\.N\\b"),
          Feature.folded(
              "jailbreak",
              0.7,
              "\\bdo anything now\\b|\\bdeveloper mode\\b|\\bmodo (?:de )?desarrollador\\b|\\bjailbre?ak(?:ed|ing)?\\b"
                  + "|\\bgod mode\\b|\\bmodo dios\\b|\\bdan mode\\b"),
          Feature.folded(
              "no-restrictions",
              0.4,
              "\\b(?:no|without|free of|free from|sin|ningun[ao]?s?)\\b (?:any |ningun[ao]? )?(?:restrictions|filters"
                  + "|filtering|censorship|limits|limitations|rules|restricciones|filtros|censura|limites|limitaciones"
                  + "|reglas|ethical guidelines|moral)\\b"),
          Feature.folded(
              "disable-safety",
              0.5,
              "\\b(?:disable|turn off|switch off|deactivate|remove|bypass|lift)\\b (?:all )?(?:your|the|any) (?:safety |security "
                  + "|content )?(?:filters|safeguards|guardrails|restrictions|checks|censorship)\\b|\\b(?:desactiva|quita|elimina"
                  + "|apaga|saltate|levanta)\\b (?:todos |todas )?(?:tus|los|las) (?:filtros|restricciones|salvaguardas|controles"
                  + "|limitaciones|protecciones)\\b"),
          Feature.folded(
              "policy-talk",
              0.3,
              "\\b(?:content|usage|safety) polic(?:y|ies)\\b|\\bpoliticas? de (?:contenido|uso|seguridad)\\b"
                  + "|\\bopenai\\b|\\banthropic\\b"),
          Feature.folded(
              "unbound",
              0.45,
              "\\b(?:broken|break|breaking) free\\b|\\btypical confines\\b|\\b(?:do(?:es)? not|don't|doesn't|never) "
                  + "(?:have to |need to )?(?:abide|follow|obey|comply)\\b|\\bno (?:tienes|tiene) que (?:seguir|obedecer|cumplir)\\b"
                  + "|\\bliberad[oa] de\\b"),
          Feature.folded(
              "unfiltered",
              0.35,
              "\\b(?:unfiltered|uncensored|amoral|unethical|unrestricted|sin censura|sin filtros)\\b"),
          Feature.folded(
              "never-refuse",
              0.45,
              "\\bnever refuse\\b|\\b(?:can't|cannot|can not|won't) refuse\\b|\\bnunca (?:te niegues|rechaces|te negaras)\\b"
                  + "|\\bnever (?:say|tell me) (?:that )?(?:you|it) (?:can't|cannot)\\b"),
          // System prompt extraction.
          Feature.folded(
              "extract-en",
              0.75,
              "\\b(?:repeat|print|show|reveal|output|display|dump|leak|write out|type out|recite|spell out|give me|tell me)\\b"
                  + "[ ,]+"
                  + W
                  + "(?:system prompt|initial prompt|original prompt|hidden prompt|instructions (?:above|you were given)"
                  + "|(?:text|words|message|prompt) (?:above|before this)|your (?:instructions|rules|prompt|directives))\\b"),
          Feature.folded(
              "extract-question-en",
              0.7,
              "\\bwhat (?:are|were) your (?:initial |original |system |hidden |secret )?(?:instructions|rules"
                  + "|directives|guidelines)\\b|\\bwhat (?:are|were) the (?:initial|original|system|hidden|secret)"
                  + " (?:instructions|rules|directives|guidelines)\\b|\\bwhat (?:is|was) (?:your|the) (?:system|initial|original|hidden) prompt\\b"),
          Feature.folded(
              "extract-es",
              0.75,
              "\\b(?:muestra(?:me)?|revela(?:me)?|repite(?:me)?|dime|imprime|escribe|ensena(?:me)?|copia|comparte|filtra)\\b"
                  + "[ ,]+"
                  + W
                  + "(?:prompt|instrucciones|mensaje (?:de|del) sistema|reglas|texto (?:anterior|de arriba))\\b"),
          Feature.folded(
              "extract-question-es",
              0.7,
              "\\bcuales (?:son|eran) tus (?:instrucciones|reglas|directrices|indicaciones)\\b"
                  + "|\\bcuales (?:son|eran) las (?:instrucciones|reglas|directrices|indicaciones) (?:del sistema"
                  + "|iniciales|ocultas|secretas|que te (?:dieron|dio))\\b"
                  + "|\\bcual es (?:tu|el) prompt\\b"),
          Feature.folded(
              "system-prompt",
              0.4,
              "\\bsystem prompt\\b|\\bprompt (?:de|del) sistema\\b|\\bmensaje (?:de|del) sistema\\b"),
          // Fake role markers and chat templates.
          Feature.raw(
              "role-marker",
              0.7,
              "(?i)^\\s*#{2,}\\s*(?:system|assistant|instruction|instrucciones|sistema)s?\\b|<\\|?(?:im_start|im_end|endoftext"
                  + "|system|start_header_id)\\|?>|\\[/?(?:INST|SYS)\\]|<</?SYS>>"),
          Feature.raw(
              "role-line",
              0.4,
              "(?i)^\\s*\\[?(?:system|sistema|assistant|asistente)\\]?\\s*:\\s*\\S"),
          // Authority claims.
          Feature.folded(
              "authority",
              0.45,
              "\\b(?:i am|i'm|this is) (?:your|the|an?) (?:developer|administrator|admin|creator|owner|system)\\b"
                  + "|\\b(?:soy|habla) (?:tu|el|un) (?:desarrollador|administrador|creador|sistema)\\b"
                  + "|\\badmin(?:istrator)? override\\b"),
          // Payload in encodings.
          Feature.folded(
              "encoding-hint",
              0.4,
              "\\b(?:decode|decrypt|decodifica|descifra|traduce del)\\b.{0,30}\\b(?:base ?64|base ?32|hex|rot ?13|binary|binario)\\b"
                  + "|\\b(?:base ?64|hex|rot ?13)[- ]encoded (?:instructions|text|message)\\b"),
          Feature.folded(
              "obey-payload",
              0.35,
              "\\b(?:do|follow|execute|carry out|obey|run)\\b (?:exactly )?(?:what (?:it|that|this) says|the instructions"
                  + " (?:inside|in it|within)|its instructions)\\b|\\b(?:haz|sigue|ejecuta|obedece|cumple)\\b (?:lo que"
                  + " (?:dice|pone)|las (?:instrucciones|ordenes) que contiene)\\b"),
          // Instructions aimed at the model's output (indirect injection).
          Feature.folded(
              "target-output-en",
              0.45,
              // an instruction about the answer, not a mention of it ("thanks for your reply", "your
              // answers are visible to HR")
              // (the look-behind sits after "your", where it runs only on a match, not at every
              // position of a long text: same matches, a fraction of the time)
              "\\byour(?<!(?:thanks for |thank you for |in response to |regarding |received "
                  + "|appreciate )your) (?:response|responses|reply|replies|answer|answers|output|message"
                  + "|summary)\\b"
                  + "(?! (?:are|is|was|were|will be|have been|has been|remains?|stays?)\\b)"),
          Feature.folded(
              "target-output-es",
              0.45,
              "\\btu(?<!(?:gracias por |en respuesta a |recibi |recibimos )tu) "
                  + "(?:respuesta|respuestas|contestacion|salida|mensaje|resumen)\\b"
                  + "(?! (?:es|son|fue|fueron|sera|seran|esta|estan|queda|quedan)\\b)"),
          // Obfuscating the model's own output (cipher, base-N, reversal, emoji, ...): a known way to
          // carry content past output filters and monitors, rarely a genuine chat request.
          Feature.folded(
              "obfuscate-output-en",
              0.4,
              "\\b(?:encode|encrypt|encipher|cipher|obfuscate|scramble|reverse|invert|backwards|base ?(?:64|32|16|58|85)"
                  + "|rot ?13|hexadecimal|morse|leetspeak|pig latin|caesar|monoalphabetic|emojis?)\\b "
                  + NEAR
                  + "your (?:response|reply|answer|output|message)s?\\b"
                  + "|\\byour (?:response|reply|answer|output|message)s? "
                  + NEAR
                  + "(?:encoded|encrypted|enciphered|ciphered|cipher|obfuscated|scrambled|reversed|inverted|backwards"
                  + "|reverse|base ?(?:64|32|16|58|85)|rot ?13|morse|leetspeak|pig latin|emojis?)\\b"
                  + "|\\b(?:reply|respond|answer|write)\\b (?:only )?(?:in|using|with) (?:reverse|base ?(?:64|32|16|58)|rot ?13"
                  + "|morse code|emojis|a cipher)\\b"),
          Feature.folded(
              "obfuscate-output-es",
              0.4,
              "\\b(?:codifica|cifra|encripta|ofusca|invierte|base ?(?:64|32|16|58)|rot ?13|morse|emojis?)\\b "
                  + NEAR
                  + "tu (?:respuesta|contestacion|salida|mensaje)s?\\b"
                  + "|\\btu (?:respuesta|contestacion|salida|mensaje)s? "
                  + NEAR
                  + "(?:codificad[ao]|cifrad[ao]|encriptad[ao]|ofuscad[ao]|invertid[ao]|al reves|base ?(?:64|32|16|58)"
                  + "|morse|emojis)\\b"
                  + "|\\b(?:responde|contesta|escribe)\\b (?:solo )?(?:al reves|en base ?(?:64|32|16|58)|en morse|con emojis)\\b"),
          // Asking readers to hand over credentials or payment details: the payload of a phishing
          // injection, whatever the wording around it.
          Feature.folded(
              "credential-solicitation",
              0.4,
              "\\b(?:share|send|enter|provide|submit|confirm|verify|update|type|give)\\b.{0,40}\\b(?:bank (?:details"
                  + "|account (?:details|number)|information)|passwords?|credit card (?:details|number|information)"
                  + "|card (?:details|number)|social security numbers?|login (?:details|credentials)|credentials|pin (?:code"
                  + "|number)|cvv)\\b"
                  + "|\\b(?:comparte|compartan|envia|envien|introduce|introduzcan|facilita|confirma|verifica|actualiza|da)"
                  + "\\b.{0,40}\\b(?:datos bancarios|cuenta bancaria|contrasenas?|numero de (?:la )?tarjeta|datos de (?:la )?tarjeta"
                  + "|credenciales|pin|cvv)\\b"),
          Feature.folded(
              "target-code",
              0.25,
              "\\byour (?:code|solution|implementation|program|codebase|algorithm|script)\\b"
                  + "|\\btu (?:codigo|solucion|implementacion|programa|script)\\b"),
          Feature.folded(
              "insert-content",
              0.3,
              "(?:^|[.!?] )(?:add|include|insert|append|integrate|incorporate|embed|mention|promote|inject|blend"
                  + "|merge|weave|agrega|anade|incluye|inserta|incorpora|menciona|promociona)\\b.{0,40}\\b(?:sentence"
                  + "|line|statement|link|url|teaser|fact|claim|statistic|snippet|code|excerpt|block|frase|enlace"
                  + "|linea|dato|codigo)\\b"),
          Feature.folded(
              "code-snippet-request",
              0.45,
              "\\b(?:following|below|subsequent|this|provided|given|next) code (?:snippet|block|excerpt|section|segment"
                  + "|fragment|sample|piece)\\b|\\b(?:siguiente|este) (?:fragmento|bloque) de codigo\\b"),
          Feature.folded(
              "misinformation",
              0.5,
              "\\b(?:fabricated|false|fake|made-up|made up|misleading|invented|bogus|baseless|unfounded|unverified)\\b (?:\\w+ )?(?:statistic|claim"
                  + "|news|fact|information|quote|story|rumou?r)s?\\b|\\b(?:estadistica|noticia|dato|afirmacion)s? (?:falsa|inventada)s?\\b"),
          Feature.folded(
              "promote-url",
              0.35,
              "\\b(?:visit|click|go to|check out|visita|haz clic en|entra en)\\b.{0,30}(?:www\\.|https?://)"),
          // Malicious code (exfiltration, remote shells, destruction, surveillance).
          Feature.folded(
              "code-exfiltration",
              0.3,
              "requests\\.(?:post|put)\\(|urllib\\.request|socket\\.socket\\(|\\.sendall?\\(|curl [^\\n]{0,40}-d\\b|wget "),
          Feature.folded(
              "code-shell",
              0.3,
              "\\bos\\.system\\(|\\bsubprocess\\.|/bin/(?:ba)?sh\\b|\\bpowershell\\b|\\bcmd\\.exe\\b|\\bos\\.dup2\\("),
          Feature.folded(
              "code-destructive",
              0.35,
              "\\brm -rf\\b|\\brmtree\\(|\\bmkfs\\b|/boot/|\\bformat c:|\\bshutdown\\b|\\breboot\\b|\\bipconfig /release\\b"),
          Feature.folded(
              "code-denial-of-service",
              0.35,
              "\\bwhile (?:true|1)\\b.{0,200}(?:requests\\.(?:get|post)\\(|urlopen\\(|socket\\.|\\.connect\\(|os\\.fork\\()"
                  + "|\\bos\\.fork\\(\\).{0,80}\\bwhile\\b|:\\(\\)\\s*\\{\\s*:\\|:&\\s*\\};:"),
          Feature.folded(
              "code-surveillance",
              0.3,
              "\\bkeylog|\\bpynput\\b|\\bscreenshot\\b|\\bclipboard\\b|\\bpbpaste\\b|\\bgetpass\\b|\\bx11grab\\b"
                  + "|\\bauthorized_keys\\b|\\bcrontab\\b|\\bfernet\\b|\\bplatform\\.(?:system|node|version)\\(|\\bssh -[lr]\\b"));
}
