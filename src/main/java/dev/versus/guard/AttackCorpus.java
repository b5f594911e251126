package dev.versus.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The project's own attack phrasings (resource {@code attack-corpus.txt}), English and Spanish. */
final class AttackCorpus {
  private AttackCorpus() {}

  static List<String> standard() {
    try (InputStream in = AttackCorpus.class.getResourceAsStream("attack-corpus.txt")) {
      if (in == null) {
        throw new GuardException("resource attack-corpus.txt missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new GuardException("cannot read attack-corpus.txt", e);
    }
  }
}
