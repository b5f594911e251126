package dev.versus.sim;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * A generation of an instant model: every chunk is available at once, no scheduler involved. Read
 * by one thread; {@link #fail} and {@link #cancel} may come from others.
 */
final class InstantGeneration implements Generation {
  private final OutputPlan plan;
  private final Script script;
  private final int tokensPerChunk;
  private final BiConsumer<InstantGeneration, Boolean> onEnd;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile SimFault failure;
  private volatile GenerationEvent terminal;

  /**
   * @param onEnd called once when the generation ends, with {@code true} when the client cancelled
   */
  InstantGeneration(
      OutputPlan plan, int tokensPerChunk, BiConsumer<InstantGeneration, Boolean> onEnd) {
    this.plan = plan;
    this.script = new Script(plan);
    this.tokensPerChunk = tokensPerChunk;
    this.onEnd = onEnd;
  }

  OutputPlan plan() {
    return plan;
  }

  /** Output tokens handed out so far. */
  int emitted() {
    return script.emitted();
  }

  @Override
  public int promptTokens() {
    return plan.promptTokens();
  }

  void fail(SimFault fault) {
    failure = fault;
    end(false);
  }

  @Override
  public GenerationEvent next() {
    GenerationEvent end = terminal;
    if (end != null) {
      return end;
    }
    SimFault fault = failure;
    if (fault != null) {
      return finish(new GenerationEvent.Failed(fault));
    }
    if (script.remaining() == 0) {
      return finish(script.done());
    }
    int limit = script.remaining();
    if (plan.cutAtToken() > script.emitted()) {
      limit = Math.min(limit, plan.cutAtToken() - script.emitted());
    } else if (plan.cutAtToken() != 0) {
      return finish(new GenerationEvent.Cut());
    }
    return script.take(Math.min(tokensPerChunk, limit));
  }

  private GenerationEvent finish(GenerationEvent event) {
    terminal = event;
    end(false);
    return event;
  }

  @Override
  public void cancel() {
    if (terminal == null) {
      failure =
          failure != null
              ? failure
              : new SimFault(FaultKind.UNAVAILABLE, FaultMessages.cancelled(), Duration.ZERO);
      end(true);
    }
  }

  @Override
  public void close() {
    cancel();
  }

  private void end(boolean byClient) {
    if (ended.compareAndSet(false, true)) {
      onEnd.accept(this, byClient);
    }
  }
}
