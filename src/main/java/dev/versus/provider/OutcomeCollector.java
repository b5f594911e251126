package dev.versus.provider;

import dev.versus.core.CallOutcome;
import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ProviderError;
import dev.versus.core.StreamEvent;
import dev.versus.core.Usage;

/** Accumulates the events of one stream into its {@link CallOutcome}. Single-threaded. */
final class OutcomeCollector {
  private final StringBuilder content = new StringBuilder();
  private final StringBuilder reasoning = new StringBuilder();
  private Usage usage = Usage.none();
  private FinishReason finish;
  private ProviderError error;

  void accept(StreamEvent event) {
    switch (event) {
      case StreamEvent.ContentDelta delta -> content.append(delta.text());
      case StreamEvent.ReasoningDelta delta -> reasoning.append(delta.text());
      case StreamEvent.UsageReport report -> usage = report.usage();
      case StreamEvent.Finish f -> finish = f.reason();
      case StreamEvent.Failure f -> error = f.error();
    }
  }

  CallOutcome outcome() {
    if (error != null) {
      return new CallOutcome.Failed(error, content.toString(), reasoning.toString(), usage);
    }
    if (finish != null) {
      return new CallOutcome.Completed(content.toString(), reasoning.toString(), finish, usage);
    }
    return new CallOutcome.Failed(
        ProviderError.of(ErrorClass.STREAM_INTERRUPTED, "the stream ended without a terminal event"),
        content.toString(),
        reasoning.toString(),
        usage);
  }
}
