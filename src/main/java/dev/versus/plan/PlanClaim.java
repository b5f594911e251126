package dev.versus.plan;

import dev.versus.report.ClaimVerdict;
import java.util.List;
import java.util.Objects;

/** A claim in a plan: a condition over measured figures, or a fact with a fixed verdict. */
public sealed interface PlanClaim {

  /** Short stable id, e.g. {@code c1} or {@code a13}. */
  String id();

  /** The claim as a person wrote it. */
  String text();

  /** Caveats shown with the verdict. */
  List<String> notes();

  /** Checked against the measurements. */
  record Measurable(String id, String text, ClaimExpression expression, List<String> notes)
      implements PlanClaim {
    public Measurable {
      requireText(id, "id");
      requireText(text, "text");
      Objects.requireNonNull(expression, "expression");
      notes = List.copyOf(notes);
    }
  }

  /**
   * Not measurable; its verdict is fixed by a documented source (e.g. a model card). Used for the
   * article's factual errors.
   *
   * @param source where the verdict comes from
   */
  record Fact(String id, String text, ClaimVerdict verdict, String source, List<String> notes)
      implements PlanClaim {
    public Fact {
      requireText(id, "id");
      requireText(text, "text");
      Objects.requireNonNull(verdict, "verdict");
      requireText(source, "source");
      notes = List.copyOf(notes);
    }
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException("a claim's " + field + " must not be blank");
    }
  }
}
