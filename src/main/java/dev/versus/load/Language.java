package dev.versus.load;

/** The language of generated prompt text. */
public enum Language {
  ES,
  EN
}
