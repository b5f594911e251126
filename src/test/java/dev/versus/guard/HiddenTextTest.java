package dev.versus.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@link HiddenText} finds in hand-made HTML: hidden parts only, never the visible text. */
class HiddenTextTest {
  @Test
  void in_hiddenParts_areFoundAndVisibleTextIsNot() {
    String html =
        "<p>Visible opening hours.</p><!-- a comment -->"
            + "<div style=\"display: none\">hidden by style</div>"
            + "<span hidden>hidden by attribute</span>"
            + "<p style=\"color:#ffffff\">white text</p>"
            + "<p style=\"font-size:0\">zero-size text</p>"
            + "<img src=\"a.png\" alt=\"alt text\">"
            + "<p style=\"color:#333\">Visible grey text.</p>";
    assertThat(HiddenText.in(html))
        .containsExactly(
            " a comment ", "hidden by style", "hidden by attribute", "white text", "zero-size text", "alt text");
  }

  @Test
  void in_unclosedMarkup_findsNothingAndReturns() {
    String html = "<!-- never closed <div style=\"display:none\"> also never closed ".repeat(500);
    assertThat(HiddenText.in(html)).isEmpty();
  }
}
