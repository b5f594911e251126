package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentWordsTest {

  @Test
  void of_foldsCaseAndAccents_keepsFirstOrder_countsEachWordOnce() {
    assertThat(DocumentWords.of("Próximo PASO: el próximo paso, ¿sí? Ñandú 2026"))
        .containsExactly("proximo", "paso", "el", "si", "nandu", "2026");
  }

  @Test
  void of_splitsOnPunctuationAndUnderscore_dropsLongRunsAndPlaceholderDomains() {
    String blob = "QWxhZGRpbjpvcGVuIHNlc2FtZQQWxhZGRpbjpvcGVu"; // 42 letters: no model learns it
    assertThat(DocumentWords.of("send_it to https://exfil.example.net/?q=x " + blob + " now"))
        .containsExactly("send", "it", "to", "https", "exfil", "q", "x", "now");
  }

  @Test
  void of_emptyOrSymbolsOnly_isEmpty() {
    assertThat(DocumentWords.of("")).isEmpty();
    assertThat(DocumentWords.of(" -- ** !! ")).isEmpty();
  }

  @Test
  void fold_asciiUnchangedButLowerCase_compatibilityFormsDecomposed() {
    assertThat(DocumentWords.fold("Hello World")).isEqualTo("hello world");
    assertThat(DocumentWords.fold("ﬁle café")).isEqualTo("file cafe");
  }
}
