package dev.versus.report;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI gates: one test suite of claims (refuted = failure, inconclusive = skipped with
 * its reason, verified = pass) and one of thresholds (failed = failure). Messages are in the
 * report's language; test names are the stable ids followed by the text.
 */
final class JunitRenderer implements ReportRenderer {

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String fileExtension() {
    return "xml";
  }

  @Override
  public String mediaType() {
    return "application/xml";
  }

  @Override
  public String render(ReportModel model, ReportLanguage language) {
    Messages m = Messages.of(language);
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      List<Claim> claims = model.claims();
      long refuted = claims.stream().filter(c -> c.verdict() == ClaimVerdict.REFUTED).count();
      long skipped = claims.stream().filter(c -> c.verdict() == ClaimVerdict.INCONCLUSIVE).count();
      long failedGates = model.thresholds().stream().filter(t -> !t.passed()).count();
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", model.title());
      xml.writeAttribute("tests", Integer.toString(claims.size() + model.thresholds().size()));
      xml.writeAttribute("failures", Long.toString(refuted + failedGates));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(skipped));
      xml.writeAttribute("timestamp", model.generatedAt().toString());
      writeClaims(xml, m, model, refuted, skipped);
      writeThresholds(xml, m, model, failedGates);
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new ReportException("cannot write the JUnit report", e);
    }
    return text + "\n";
  }

  private static void writeClaims(
      XMLStreamWriter xml, Messages m, ReportModel model, long refuted, long skipped)
      throws XMLStreamException {
    suite(xml, "versus.claims", model.claims().size(), refuted, skipped);
    for (Claim claim : model.claims()) {
      testCase(xml, "versus.claims", claim.id() + ": " + claim.text());
      String evidence = Evidences.plain(m, claim);
      switch (claim.verdict()) {
        case VERIFIED -> {}
        case REFUTED -> {
          xml.writeStartElement("failure");
          xml.writeAttribute("type", "refuted");
          xml.writeAttribute("message", m.get("verdict.refuted") + ": " + claim.expression()
              + (claim.reason().isBlank() ? "" : " — " + claim.reason()));
          xml.writeCharacters(evidence);
          xml.writeEndElement();
        }
        case INCONCLUSIVE -> {
          xml.writeStartElement("skipped");
          xml.writeAttribute("message", m.get("verdict.inconclusive") + ": " + claim.reason());
          xml.writeEndElement();
        }
      }
      xml.writeStartElement("system-out");
      xml.writeCharacters(claim.expression() + "\n" + evidence);
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void writeThresholds(XMLStreamWriter xml, Messages m, ReportModel model, long failed)
      throws XMLStreamException {
    suite(xml, "versus.thresholds", model.thresholds().size(), failed, 0);
    for (ThresholdCheck t : model.thresholds()) {
      testCase(xml, "versus.thresholds", t.id() + ": " + t.description());
      if (!t.passed()) {
        xml.writeStartElement("failure");
        xml.writeAttribute("type", "threshold");
        xml.writeAttribute("message", m.format("junit.threshold.failed",
            Fmt.figure(t.observed()) + " " + t.unit(), Fmt.figure(t.limit()) + " " + t.unit()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void suite(XMLStreamWriter xml, String name, int tests, long failures, long skipped)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Long.toString(skipped));
  }

  private static void testCase(XMLStreamWriter xml, String className, String name)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", className);
    xml.writeAttribute("name", name);
    xml.writeAttribute("time", "0");
  }
}
