package dev.versus.sim;

/** The wire format a request arrived in; it decides the shape of answers and errors. */
public enum WireFormat {
  OPENAI,
  GEMINI
}
