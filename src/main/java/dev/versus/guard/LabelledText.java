package dev.versus.guard;

import java.util.Objects;

/**
 * One labelled example for measuring the guard.
 *
 * @param text the prompt or document
 * @param attack true for an injection / jailbreak, false for benign
 * @param source where it came from, e.g. {@code gsm8k} or {@code bipia-email}
 * @param category a finer group for per-category rates (the source when there is none)
 * @param index position within its source, used for the even / odd held-out split
 * @param channel whether the text is screened as a prompt or as a document
 */
public record LabelledText(
    String text, boolean attack, String source, String category, int index, Channel channel) {
  public LabelledText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(channel, "channel");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
  }

  /** A text screened as a prompt. */
  public LabelledText(String text, boolean attack, String source, String category, int index) {
    this(text, attack, source, category, index, Channel.PROMPT);
  }

  /** The same text screened through {@code other}. */
  public LabelledText as(Channel other) {
    return new LabelledText(text, attack, source, category, index, other);
  }
}
