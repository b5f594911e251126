package dev.versus.plan;

/** Three-valued logic (Kleene): a condition holds, fails, or cannot be decided. */
enum Truth {
  TRUE,
  FALSE,
  UNKNOWN;

  static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  Truth and(Truth o) {
    if (this == FALSE || o == FALSE) {
      return FALSE;
    }
    return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
  }

  Truth or(Truth o) {
    if (this == TRUE || o == TRUE) {
      return TRUE;
    }
    return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
  }

  Truth not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
