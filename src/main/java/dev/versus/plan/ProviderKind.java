package dev.versus.plan;

import java.util.Locale;

/** Which client talks to a model. */
public enum ProviderKind {
  /** Any OpenAI-compatible server (vLLM, llama.cpp, Ollama, TGI, hosted APIs). */
  OPENAI,
  /** The Google Gemini API. */
  GEMINI,
  /** The built-in simulator, in process; the model name is a profile. */
  SIM;

  /** The name used in plans, e.g. {@code "openai"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
