package dev.versus.gateway;

/**
 * Screens prompts before they reach a backend and responses before they reach the client (DESIGN
 * §7). The one seam between the proxy and the guard package. Thread-safe.
 */
interface Screener {

  /** Screens one message of a prompt. */
  Screening screenInput(String text);

  /** Screens a response. */
  Screening screenOutput(String text);

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
      public Screening screenOutput(String text) {
        return Screening.allow(text);
      }

      @Override
      public boolean active() {
        return false;
      }
    };
  }
}
