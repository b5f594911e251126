package dev.versus.cli;

import dev.versus.guard.Channel;
import dev.versus.guard.DetectionReport;
import dev.versus.guard.Interval;
import dev.versus.guard.ItemResult;
import dev.versus.guard.Layer;
import dev.versus.guard.LayerScore;
import java.util.Locale;
import java.util.Map;

/** Plain-text rendering of a {@link DetectionReport} for the terminal. */
final class GuardReportText {
  private static final double[] HEURISTIC_STEPS = {0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9};
  private static final double[] DIRECTIVE_STEPS = {0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8};
  private static final double[] CLASSIFIER_STEPS = {0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
  private static final double[] SIMILARITY_STEPS = {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

  private GuardReportText() {}

  static String render(DetectionReport report, String split, double seconds, boolean errors, boolean sweep) {
    StringBuilder sb = new StringBuilder();
    line(sb, "guard test  split=%s  heuristic threshold prompts=%.2f documents=%.2f  similarity threshold=%.2f"
            + "  directive threshold=%.2f  classifier threshold=%.2f veto=%.2f  (%.1f s)",
        split, report.injectionThreshold(), report.documentThreshold(), report.similarityThreshold(),
        report.directiveThreshold(), report.classifierThreshold(), report.classifierVeto(), seconds);
    line(sb, "detection rate (TPR)  %s", report.detection());
    line(sb, "false-positive rate   %s", report.falsePositives());
    for (Channel channel : Channel.values()) {
      if (report.has(channel)) {
        line(sb, "  screened as %-9s detection %s   false positives %s", channel.id() + "s:",
            report.rate(channel, true), report.rate(channel, false));
      }
    }
    line(sb, "");
    line(sb, "layer contributions (attacks caught / caught by this layer alone / benign flagged):");
    for (Map.Entry<Layer, long[]> e : report.layerContributions().entrySet()) {
      long[] c = e.getValue();
      line(sb, "  %-11s %5d / %5d / %5d", e.getKey().id(), c[0], c[1], c[2]);
    }
    line(sb, "");
    line(sb, "per category (attacks: detection rate; benign: false-positive rate):");
    for (Map.Entry<String, Interval> e : report.perCategory().entrySet()) {
      line(sb, "  %-70s %s", e.getKey(), e.getValue());
    }
    if (sweep) {
      line(sb, "");
      for (Channel channel : Channel.values()) {
        if (report.has(channel)) {
          line(sb, "heuristic threshold sweep on %ss (other layers and the other channel unchanged): threshold TPR FPR",
              channel.id());
          for (double[] row : report.heuristicSweep(HEURISTIC_STEPS, channel)) {
            line(sb, "  %.2f  %.3f  %.4f", row[0], row[1], row[2]);
          }
        }
      }
      line(sb, "directive threshold sweep (other layers unchanged): threshold TPR FPR");
      for (double[] row : report.directiveSweep(DIRECTIVE_STEPS)) {
        line(sb, "  %.2f  %.3f  %.4f", row[0], row[1], row[2]);
      }
      if (report.has(Channel.DOCUMENT)) {
        line(sb, "classifier threshold sweep (documents; veto and other layers unchanged): threshold TPR FPR");
        for (double[] row : report.classifierSweep(CLASSIFIER_STEPS)) {
          line(sb, "  %.2f  %.3f  %.4f", row[0], row[1], row[2]);
        }
      }
      line(sb, "similarity threshold sweep (other layers unchanged): threshold TPR FPR");
      for (double[] row : report.similaritySweep(SIMILARITY_STEPS)) {
        line(sb, "  %.2f  %.3f  %.4f", row[0], row[1], row[2]);
      }
    }
    if (errors) {
      line(sb, "");
      line(sb, "misclassified (%d):", report.errors().size());
      for (ItemResult r : report.errors()) {
        line(sb, "  [%s %s %s / %s #%d] %s", r.item().attack() ? "missed attack" : "false positive",
            r.item().channel().id(), r.item().source(), r.item().category(), r.item().index(), abbreviate(r.item().text()));
        for (LayerScore s : r.screening().scores()) {
          if (s.score() > 0) {
            line(sb, "      %s %.2f %s", s.layer().id(), s.score(), abbreviate(s.reason()));
          }
        }
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String format, Object... args) {
    sb.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static String abbreviate(String text) {
    String one = text.replaceAll("\\s+", " ").strip();
    return one.length() <= 140 ? one : one.substring(0, 137) + "...";
  }
}
