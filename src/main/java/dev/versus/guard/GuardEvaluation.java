package dev.versus.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs a guard's input side over labelled texts and collects a {@link DetectionReport}. */
public final class GuardEvaluation {
  private GuardEvaluation() {}

  /**
   * Screens every item through its {@link Channel} (a prompt or a document), running every layer (no short-cut) so that per-layer
   * contributions are complete.
   *
   * @param progress called with the count done after each item (e.g. to print progress)
   */
  public static DetectionReport run(Guard guard, List<LabelledText> items, IntConsumer progress) {
    List<ItemResult> results = new ArrayList<>(items.size());
    for (LabelledText item : items) {
      Screening screening =
          switch (item.channel()) {
            case PROMPT -> guard.screenInputFully(item.text());
            case DOCUMENT -> guard.screenDocumentFully(item.text());
          };
      results.add(new ItemResult(item, screening));
      progress.accept(results.size());
    }
    SideConfig input = guard.config().input();
    return new DetectionReport(
        results,
        input.injectionThreshold(),
        input.documentThreshold(),
        input.similarityThreshold(),
        input.directiveThreshold(),
        input.classifierThreshold(),
        input.classifierVeto());
  }
}
