package dev.versus.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitRendererTest {
  private final ReportModel model = SampleReports.flashVersusMaverick();

  @Test
  void render_sample_countsMatchClaimsAndThresholds() throws Exception {
    Element root = parse(ReportLanguage.EN).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("7"); // 4 claims + 3 thresholds
    assertThat(root.getAttribute("failures")).isEqualTo("3"); // 2 refuted + 1 failed gate
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    assertThat(((Element) suites.item(0)).getAttribute("tests"))
        .isEqualTo(Integer.toString(model.claims().size()));
  }

  @Test
  void render_sample_refutedFailsAndInconclusiveIsSkippedWithReason() throws Exception {
    Document doc = parse(ReportLanguage.EN);
    NodeList cases = doc.getElementsByTagName("testcase");

    assertThat(cases.getLength()).isEqualTo(7);
    Element verified = (Element) cases.item(0);
    Element refuted = (Element) cases.item(1);
    Element inconclusive = (Element) cases.item(2);
    assertThat(verified.getAttribute("name")).startsWith("c1: ");
    assertThat(verified.getElementsByTagName("failure").getLength()).isZero();
    assertThat(refuted.getElementsByTagName("failure").item(0).getTextContent())
        .contains("flash.cost_per_1k_requests = 0.9286 USD");
    Element skipped = (Element) inconclusive.getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message")).isEqualTo("inconclusive: The sweep stopped at c=128, so c>256 was not measured.");
  }

  @Test
  void render_spanish_messagesAreTranslated() throws Exception {
    Document doc = parse(ReportLanguage.ES);
    Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);

    assertThat(skipped.getAttribute("message")).startsWith("no concluyente: ");
    assertThat(doc.getElementsByTagName("failure").item(2).getAttributes()
        .getNamedItem("message").getNodeValue()).contains("observado 1.2 %, límite 1 %");
  }

  private Document parse(ReportLanguage language) throws Exception {
    String xml = new JunitRenderer().render(model, language);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
