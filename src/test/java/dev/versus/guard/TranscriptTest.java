package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Transcript turns (written for this test, English and Spanish) and documents that are not transcripts. */
class TranscriptTest {

  @Test
  void turns_twoSpeakersWithTwoTurnsEach_allTurnLines() {
    String chat =
        "Support chat, order 4471\nCustomer: The kettle arrived cracked.\nAgent: Sorry! Could you send a photo?\n"
            + "Customer: Sent.\nAgent: Thanks, a new one ships today.";

    assertThat(Transcript.turns(chat)).hasSize(4).contains("Agent: Sorry! Could you send a photo?");
  }

  @Test
  void turns_spanishChatLog_allTurnLines() {
    String chat = "Usuario: ¿Me resumes este artículo?\nAsistente: Claro, aquí va.\nUsuario: Hazlo más corto.\n"
        + "Asistente: Hecho.";

    assertThat(Transcript.turns(chat)).hasSize(4);
  }

  @Test
  void turns_emailHeadersAndOneNote_empty() {
    String mail = "From: Ana\nTo: Luis\nSubject: Keys\nDate: Monday\n\nNote: please leave the keys with the porter.";

    assertThat(Transcript.turns(mail)).isEmpty();
  }

  @Test
  void directiveScore_requestInATurn_notACandidate() {
    DirectiveLayer layer = new DirectiveLayer(new HashingEmbedder());
    String chat = "Customer: My card was blocked.\nAgent: Tell me the last four digits, please.\n"
        + "Customer: 1182.\nAgent: Unblocked. Anything else?";

    assertThat(layer.score(chat).score()).isZero();
  }

  @Test
  void isHeading_markdownHeadingsOnly() {
    assertThat(DirectiveLayer.isHeading("**Describe the bug**")).isTrue();
    assertThat(DirectiveLayer.isHeading("## Steps to reproduce")).isTrue();
    assertThat(DirectiveLayer.isHeading("Describe the bug in two lines.")).isFalse();
  }
}
