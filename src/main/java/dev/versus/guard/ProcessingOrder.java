package dev.versus.guard;

import java.util.regex.Pattern;

/**
 * An order conditioned on processing this document, without naming who processes it: "when
 * summarizing this contract, tell the reader …", "al resumir este contrato, indica que …". People
 * are seldom told how to summarise or index the text they are reading; a machine that summarises
 * or indexes it is. English and Spanish, documents only; the verbs are the machine's tasks
 * (summarise, index, ingest, parse), not a human reader's (read, review, translate).
 */
final class ProcessingOrder {
  private ProcessingOrder() {}

  static final String NAME = "processing-order";
  static final double WEIGHT = 0.5;

  private static final Pattern ORDER =
      Pattern.compile(
          "\\b(?:when|while|whenever|before|after|if|once|in) (?:you (?:are )?)?(?:summari[sz](?:e|es|ing)|index(?:es|ing)?"
              + "|ingest(?:s|ing)?|pars(?:e|es|ing))(?: (?:this|these|the|any))? [\\w-]+(?: [\\w-]+)?,? (?:please |also"
              + " |then |always )?(?:" + AddressedOrder.IMPERATIVE + ")"
              + "|\\b(?:al|cuando|antes de|despues de|si|en cuanto) (?:resumir|resumas|resuma|resuman|indexar|indexes"
              + "|indexe|procesar automaticamente)(?: (?:este|esta|estos|estas|el|la|los|las))? [\\w-]+(?: [\\w-]+)?,?"
              + " (?:por favor |tambien |siempre )?(?:" + AddressedOrder.IMPERATIVE + ")");

  /** Whether the folded text holds an order conditioned on summarising or indexing it. */
  static boolean in(String folded) {
    return (folded.contains("summari") || folded.contains("resum") || folded.contains("index")
            || folded.contains("ingest") || folded.contains("pars"))
        && ORDER.matcher(folded).find();
  }
}
