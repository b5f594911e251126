package dev.versus.sim;

import java.util.Objects;

/**
 * A whole generation read for a non-streamed answer.
 *
 * @param content the answer text
 * @param reasoning the thinking text, possibly empty
 * @param done the terminal event with finish reason and exact usage
 */
record Transcript(String content, String reasoning, GenerationEvent.Done done) {
  Transcript {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(done, "done");
  }

  /** How reading a whole generation ended. */
  sealed interface Result {}

  record Complete(Transcript transcript) implements Result {}

  record Failed(SimFault fault) implements Result {}

  record Cut() implements Result {}

  /** Reads every event until a terminal one; closes the generation. */
  static Result read(Generation generation) throws InterruptedException {
    try (generation) {
      StringBuilder content = new StringBuilder();
      StringBuilder reasoning = new StringBuilder();
      while (true) {
        switch (generation.next()) {
          case GenerationEvent.Tokens tokens -> {
            content.append(tokens.content());
            reasoning.append(tokens.reasoning());
          }
          case GenerationEvent.Done done -> {
            return new Complete(new Transcript(content.toString(), reasoning.toString(), done));
          }
          case GenerationEvent.Failed failed -> {
            return new Failed(failed.fault());
          }
          case GenerationEvent.Cut cut -> {
            return new Cut();
          }
        }
      }
    }
  }
}
