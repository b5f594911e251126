package dev.versus.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The embedded plan of {@code versus demo}: two simulated models and the article's claims. */
public final class DemoPlan {
  /** The classpath resource. */
  public static final String RESOURCE = "/plan/demo-plan.yaml";

  private DemoPlan() {}

  /** The demo plan, validated like any plan file. */
  public static Plan load() {
    UnaryOperator<String> noEnvironment = name -> null;
    return PlanReader.parse("plan/demo-plan.yaml", text(), Path.of(""), noEnvironment);
  }

  private static String text() {
    try (InputStream in = DemoPlan.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new PlanException("resource " + RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
