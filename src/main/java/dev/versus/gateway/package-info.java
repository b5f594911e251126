/**
 * The production gateway (DESIGN §8): an OpenAI-compatible server in front of a mix of OpenAI and
 * Gemini backends, with routing policies, per-backend limits, the guard, and central logging.
 *
 * <p>Configuration is read from YAML into records ({@link dev.versus.gateway.GatewayConfig}); each
 * routing policy is a small class behind {@link dev.versus.gateway.RoutingPolicy}.
 */
package dev.versus.gateway;
