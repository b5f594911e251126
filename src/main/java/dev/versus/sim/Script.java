package dev.versus.sim;

import dev.versus.core.FinishReason;
import dev.versus.core.Usage;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns an {@link OutputPlan} into text, token by token: reasoning filler first, then the keyed
 * answer (if any), then content filler. Used by one consumer thread at a time.
 */
final class Script {
  private final OutputPlan plan;
  private final Vocabulary.Filler reasoningFiller;
  private final Vocabulary.Filler contentFiller;
  private final List<Tokenizer.Piece> answer;
  private int answerPiece;
  private int tokensIntoPiece;
  private int emitted;

  Script(OutputPlan plan) {
    this.plan = plan;
    SplittableRandom random = new SplittableRandom(plan.textSeed());
    this.reasoningFiller = plan.vocabulary().filler(random.split(), false);
    this.answer = plan.answer().isEmpty() ? List.of() : Tokenizer.pieces(plan.answer());
    this.contentFiller = plan.vocabulary().filler(random.split(), !answer.isEmpty());
  }

  /** Output tokens taken so far. */
  int emitted() {
    return emitted;
  }

  /** Output tokens not yet taken. */
  int remaining() {
    return plan.outputTokens() - emitted;
  }

  /** The next {@code tokens} tokens (at most {@link #remaining()}) as one chunk. */
  GenerationEvent.Tokens take(int tokens) {
    if (tokens < 1 || tokens > remaining()) {
      throw new IllegalArgumentException(
          "cannot take " + tokens + " tokens, " + remaining() + " remain");
    }
    StringBuilder reasoning = new StringBuilder();
    StringBuilder content = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      if (emitted < plan.reasoningTokens()) {
        reasoning.append(reasoningFiller.next());
      } else if (answerPiece < answer.size()) {
        Tokenizer.Piece piece = answer.get(answerPiece);
        tokensIntoPiece++;
        if (tokensIntoPiece == piece.tokens()) {
          content.append(piece.text());
          answerPiece++;
          tokensIntoPiece = 0;
        }
      } else {
        boolean ends = plan.finish() == FinishReason.STOP;
        content.append(contentFiller.next(ends ? remaining() : Integer.MAX_VALUE));
      }
      emitted++;
    }
    return new GenerationEvent.Tokens(content.toString(), reasoning.toString(), tokens);
  }

  /** The exact usage of what was taken so far. */
  Usage usage() {
    return Usage.server(
        plan.promptTokens(), emitted, Math.min(emitted, plan.reasoningTokens()));
  }

  /** The terminal event after every token was taken. */
  GenerationEvent.Done done() {
    if (remaining() != 0) {
      throw new IllegalStateException(remaining() + " tokens were never taken");
    }
    return new GenerationEvent.Done(plan.finish(), usage());
  }
}
