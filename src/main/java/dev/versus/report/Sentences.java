package dev.versus.report;

/** Sentences shared by the HTML and Markdown renderers, in the report's language. */
final class Sentences {
  private Sentences() {}

  /** The knee as a sentence, e.g. "highest level within SLO: c=64". */
  static String knee(Messages m, Knee knee) {
    return switch (knee) {
      case Knee.Found f when f.sweepEndedWithinSlo() ->
          m.format("knee.sweepEnded", f.highestWithinSlo().label());
      case Knee.Found f -> m.format("knee.found", f.highestWithinSlo().label());
      case Knee.NoneWithinSlo n -> m.format("knee.none", n.lowestTried().label());
    };
  }

  /** A significance verdict as a sentence naming the better model. */
  static String pairwise(Messages m, ReportModel model, PairwiseComparison c) {
    String stats = " (" + c.test() + ", p=" + Fmt.pValue(c.pValue()) + ", n=" + c.pairs() + ")";
    return switch (c.verdict()) {
      case A_BETTER -> m.format("pairwise.better", model.model(c.modelA()).label(),
          model.model(c.modelB()).label()) + stats;
      case B_BETTER -> m.format("pairwise.better", model.model(c.modelB()).label(),
          model.model(c.modelA()).label()) + stats;
      case NO_SIGNIFICANT_DIFFERENCE -> m.format("pairwise.none", model.model(c.modelA()).label(),
          model.model(c.modelB()).label()) + stats;
    };
  }
}
