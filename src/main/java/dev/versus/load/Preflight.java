package dev.versus.load;

import dev.versus.core.CallOutcome;
import dev.versus.core.ChatRequest;
import dev.versus.core.ErrorClass;
import dev.versus.core.Message;
import dev.versus.core.SamplingParams;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderException;
import java.util.List;
import java.util.Optional;

/**
 * Checks before a run that each model answers: lists the endpoint's models (where the API offers
 * it) and sends one small request ({@code max_tokens} 1). A problem is returned as a message naming
 * the model reference, so a bench fails before it starts rather than recording nothing but errors.
 */
public final class Preflight {
  private Preflight() {}

  /**
   * Checks one model.
   *
   * @param reference the model reference as the user wrote it, for the message
   * @return a one-line description of the problem, empty when the model answered
   */
  public static Optional<String> check(String reference, ChatProvider provider) {
    List<String> served;
    try {
      served = provider.listModels();
    } catch (ProviderException e) {
      // Many servers do not list models; the request below decides.
      served = List.of();
    }
    ChatRequest ping =
        new ChatRequest(
            provider.model(),
            List.of(Message.user("ping")),
            SamplingParams.defaults().withMaxTokens(1));
    CallOutcome outcome = provider.call(ping);
    if (outcome instanceof CallOutcome.Failed failed) {
      ErrorClass errorClass = failed.error().errorClass();
      String reason = failed.error().message();
      String what =
          switch (errorClass) {
            case CONNECT, TIMEOUT ->
                "cannot reach the endpoint of model '" + reference
                    + "' (is the server running and the base URL right?)";
            default -> "model '" + reference + "' failed the pre-flight request";
          };
      String servedNote =
          served.isEmpty() || served.contains(provider.model())
              ? ""
              : " (the endpoint serves: " + String.join(", ", served.subList(0, Math.min(10, served.size())))
                  + (served.size() > 10 ? ", ..." : "") + ")";
      return Optional.of(
          what + ": " + errorClass.wireName() + ": " + oneLine(reason) + servedNote
              + " [" + provider.label() + "]");
    }
    return Optional.empty();
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
  }
}
