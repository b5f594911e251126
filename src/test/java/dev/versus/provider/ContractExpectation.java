package dev.versus.provider;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ProviderError;
import dev.versus.core.Usage;
import java.util.List;

/**
 * What a scenario must produce.
 *
 * <p>An <em>exact</em> expectation (a scripted server, whose bytes are known) is checked in full:
 * the content kept by a failure equals {@code content}, and the error's status, code and retry
 * delay are equal, its message contains {@code error.message()}. A <em>loose</em> one (the
 * simulator, whose failures land at a seeded but unscripted point) checks the error's class and
 * status, that a rate limit carries a retry delay, and that kept content is a non-empty prefix of
 * {@code content}. Empty {@code chunks} means "any chunking".
 */
public record ContractExpectation(
    String content,
    List<String> chunks,
    String reasoning,
    FinishReason finish,
    Usage usage,
    ProviderError error,
    List<String> models,
    boolean exact) {
  public ContractExpectation {
    chunks = List.copyOf(chunks);
    models = List.copyOf(models);
  }

  public static ContractExpectation answer(
      String content, List<String> chunks, FinishReason finish, Usage usage) {
    return new ContractExpectation(content, chunks, "", finish, usage, none(), List.of(), true);
  }

  public static ContractExpectation failure(String partialContent, ProviderError error) {
    return new ContractExpectation(
        partialContent, List.of(), "", FinishReason.OTHER, Usage.none(), error, List.of(), true);
  }

  public static ContractExpectation models(List<String> models) {
    return new ContractExpectation(
        "", List.of(), "", FinishReason.OTHER, Usage.none(), none(), models, true);
  }

  public ContractExpectation withReasoning(String value) {
    return new ContractExpectation(content, chunks, value, finish, usage, error, models, exact);
  }

  /** The same expectation, checked loosely (see the class comment). */
  public ContractExpectation loose() {
    return new ContractExpectation(content, chunks, reasoning, finish, usage, error, models, false);
  }

  private static ProviderError none() {
    return ProviderError.of(ErrorClass.INVALID_RESPONSE, "<no error expected>");
  }
}
