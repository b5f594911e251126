package dev.versus.core;


/** The author of a chat message, with its wire name (identical in the OpenAI format). */
public enum Role {
  SYSTEM,
  USER,
  ASSISTANT,
  TOOL;

  private static final String[] WIRE_NAMES = WireNames.of(values());

  /** The lower-case wire name, e.g. {@code "user"}. */
  public String wireName() {
    return WIRE_NAMES[ordinal()];
  }

  /**
   * Parses a wire name.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code name} is not one
   */
  public static Role fromWire(String name) {
    for (Role role : values()) {
      if (role.wireName().equals(name)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '" + name + "', expected one of system, user, assistant, tool");
  }
}
