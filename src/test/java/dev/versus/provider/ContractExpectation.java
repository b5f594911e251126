package dev.versus.provider;

import dev.versus.core.ErrorClass;
import dev.versus.core.FinishReason;
import dev.versus.core.ProviderError;
import dev.versus.core.Usage;
import java.util.List;

/**
 * What a scenario must produce. Empty {@code chunks} means "any chunking"; an error's message is
 * checked by {@code contains}.
 */
public record ContractExpectation(
    String content,
    List<String> chunks,
    String reasoning,
    FinishReason finish,
    Usage usage,
    ProviderError error,
    List<String> models) {
  public ContractExpectation {
    chunks = List.copyOf(chunks);
    models = List.copyOf(models);
  }

  public static ContractExpectation answer(String content, List<String> chunks, FinishReason finish,
      Usage usage) {
    return new ContractExpectation(content, chunks, "", finish, usage, none(), List.of());
  }

  public static ContractExpectation failure(String partialContent, ProviderError error) {
    return new ContractExpectation(partialContent, List.of(), "", FinishReason.OTHER, Usage.none(), error,
        List.of());
  }

  public static ContractExpectation models(List<String> models) {
    return new ContractExpectation("", List.of(), "", FinishReason.OTHER, Usage.none(), none(), models);
  }

  public ContractExpectation withReasoning(String value) {
    return new ContractExpectation(content, chunks, value, finish, usage, error, models);
  }

  private static ProviderError none() {
    return ProviderError.of(ErrorClass.INVALID_RESPONSE, "<no error expected>");
  }
}
