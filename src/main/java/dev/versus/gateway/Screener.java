package dev.versus.gateway;

import dev.versus.guard.Canary;
import java.util.Optional;

/**
 * Screens prompts before they reach a backend and responses before they reach the client (DESIGN
 * §7). The one seam between the proxy and the guard package. Thread-safe.
 */
interface Screener {

  /** Screens one message of a prompt. */
  Screening screenInput(String text);

  /**
   * Screens external content placed into a prompt, such as a {@code tool} message (a function's
   * result), with the guard's document threshold and document-only layers.
   */
  Screening screenDocument(String text);

  /**
   * Screens a response; {@code canary} is the token placed in the request's system prompt, if
   * one was, and a response that contains it leaked the prompt.
   */
  Screening screenOutput(String text, Optional<Canary> canary);

  /** A fresh canary for one request's system prompt, when the output side checks canaries. */
  default Optional<Canary> newCanary() {
    return Optional.empty();
  }

  /** Whether this screener does anything (the log leaves guard verdicts empty when not). */
  boolean active();

  /** Lets everything through. */
  static Screener none() {
    return new Screener() {
      @Override
      public Screening screenInput(String text) {
        return Screening.allow(text);
      }

      @Override
      public Screening screenDocument(String text) {
        return Screening.allow(text);
      }

      @Override
      public Screening screenOutput(String text, Optional<Canary> canary) {
        return Screening.allow(text);
      }

      @Override
      public boolean active() {
        return false;
      }
    };
  }
}
