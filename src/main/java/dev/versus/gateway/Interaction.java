package dev.versus.gateway;

import dev.versus.core.Usage;
import dev.versus.store.GatewayLogRow;

/**
 * What the proxy learns about one request as it goes, turned into one {@link GatewayLogRow} at
 * the end. Confined to the request's thread.
 */
final class Interaction {
  static final String NO_ROUTE = "-";

  final String requestId;
  final long timeMicros;
  final long startNanos;
  String keyHash = "";
  String route = NO_ROUTE;
  String requestedModel = "";
  String backend = "";
  String decision = "";
  String guardJson = "";
  boolean streamed;
  Usage usage = Usage.none();
  double costUsd = Double.NaN;
  long ttftNanos = -1;
  int status;
  String errorClass = "";
  String errorMessage = "";
  String prompt = "";
  String response = "";
  boolean redacted;

  Interaction(String requestId, long timeMicros, long startNanos) {
    this.requestId = requestId;
    this.timeMicros = timeMicros;
    this.startNanos = startNanos;
  }

  void failed(ApiError error) {
    status = error.status();
    errorClass = error.errorClass().wireName();
    errorMessage = error.message();
  }

  GatewayLogRow toRow(long endNanos) {
    boolean counted = usage.present();
    return new GatewayLogRow(
        requestId,
        timeMicros,
        keyHash,
        route,
        requestedModel,
        backend,
        decision,
        guardJson,
        streamed,
        counted ? usage.promptTokens() : -1,
        counted ? usage.outputTokens() : -1,
        counted ? usage.reasoningTokens() : -1,
        costUsd,
        ttftNanos,
        endNanos - startNanos,
        status,
        errorClass,
        errorMessage,
        redacted,
        prompt,
        response);
  }
}
