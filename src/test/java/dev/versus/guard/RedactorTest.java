package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private static final Set<RedactKind> ALL = EnumSet.allOf(RedactKind.class);

  @Test
  void redact_luhnValidCard_isReplaced_invalidKept() {
    Redaction r = Redactor.redact("pay with 4111 1111 1111 1111 or 4111 1111 1111 1112", ALL);
    assertThat(r.text()).isEqualTo("pay with [REDACTED:card] or 4111 1111 1111 1112");
    assertThat(r.what()).containsExactly("card x1");
  }

  @Test
  void redact_ibanWithAndWithoutSpaces_checkedByMod97() {
    Redaction r =
        Redactor.redact("IBAN ES91 2100 0418 4502 0005 1332, otra GB82WEST12345698765432, mala ES91 2100 0418 4502 0005 1333", ALL);
    assertThat(r.text())
        .isEqualTo("IBAN [REDACTED:iban], otra [REDACTED:iban], mala ES91 2100 0418 4502 0005 1333");
    assertThat(r.what()).containsExactly("iban x2");
  }

  @Test
  void redact_providerKeys() {
    Redaction r =
        Redactor.redact(
            "keys: sk-proj-abcDEF1234567890ghijKLMN and AIzaSyA1234567890abcdefghijklmnopqrstuv", ALL);
    assertThat(r.text()).isEqualTo("keys: [REDACTED:api-key] and [REDACTED:api-key]");
  }

  @Test
  void redact_highEntropyKeyValue_onlyValueReplaced_lowEntropyKept() {
    Redaction r = Redactor.redact("api_key=Zx81kPq02LmW9vTr55Ha and password=aaaaaaaaaaaaaaaaaaaa", Set.of(RedactKind.API_KEYS));
    assertThat(r.text()).isEqualTo("api_key=[REDACTED:api-key] and password=aaaaaaaaaaaaaaaaaaaa");
  }

  @Test
  void redact_emailsAndPhones() {
    Redaction r = Redactor.redact("Escribe a ana.garcia@example.es o llama al +34 612 345 678", ALL);
    assertThat(r.text()).isEqualTo("Escribe a [REDACTED:email] o llama al [REDACTED:phone]");
    assertThat(r.what()).containsExactly("email x1", "phone x1");
  }

  @Test
  void redact_onlyChosenKinds() {
    Redaction r = Redactor.redact("mail bob@example.com card 4111111111111111", Set.of(RedactKind.EMAILS));
    assertThat(r.text()).isEqualTo("mail [REDACTED:email] card 4111111111111111");
  }

  @Test
  void redact_plainNumbersAndPrices_untouched() {
    String text = "Compra una casa de $80 000 y gasta 50 000 en reparaciones; 16 huevos por día.";
    assertThat(Redactor.redact(text, ALL).changed()).isFalse();
  }

  @Test
  void checksums_luhnAndIban() {
    assertThat(Checksums.luhn("79927398713")).isTrue();
    assertThat(Checksums.luhn("79927398710")).isFalse();
    assertThat(Checksums.iban("DE89370400440532013000")).isTrue();
    assertThat(Checksums.iban("DE89370400440532013001")).isFalse();
  }

  @Test
  void redact_shortestFormOfEachKind_passesThePrefilter() {
    // The prefilter skips a kind's pattern when the text cannot hold it; these are the shortest
    // texts each pattern accepts, so a prefilter threshold one too strict fails here.
    assertThat(Redactor.redact("slack xoxb-a1b2c3d4e5 here", ALL).text())
        .isEqualTo("slack [REDACTED:api-key] here");
    assertThat(Redactor.redact("call +3 12 34 56 now", ALL).text())
        .isEqualTo("call [REDACTED:phone] now");
    assertThat(Redactor.redact("card 4111 1111 1111 1 ok", ALL).what()).isEmpty();
    assertThat(Redactor.redact("card 4222222222222 ok", ALL).text())
        .isEqualTo("card [REDACTED:card] ok");
    assertThat(Redactor.redact("mail a@b.co", ALL).text()).isEqualTo("mail [REDACTED:email]");
    assertThat(Redactor.redact("bearer Zx81kPq02LmW9vTr", ALL).text())
        .isEqualTo("bearer [REDACTED:api-key]");
  }

  @Test
  void redact_plainProse_isReturnedUnchangedWithNothingListed() {
    String prose = "Each early show around before made modern most. Small simple play since central.";
    Redaction r = Redactor.redact(prose, ALL);
    assertThat(r.text()).isEqualTo(prose);
    assertThat(r.what()).isEmpty();
  }
}
