package dev.versus.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The embedded plans of {@code versus demo}: two simulated models and the article's claims, in a
 * full ({@code plan/demo.yaml}) and a quick ({@code plan/demo-quick.yaml}) version.
 */
public final class DemoPlan {
  /** The full demo's classpath resource. */
  public static final String RESOURCE = "/plan/demo.yaml";

  /** The quick demo's classpath resource. */
  public static final String QUICK_RESOURCE = "/plan/demo-quick.yaml";

  private DemoPlan() {}

  /** The full demo plan, validated like any plan file. */
  public static Plan load() {
    return load(false);
  }

  /** The full or quick demo plan, validated like any plan file. */
  public static Plan load(boolean quick) {
    String resource = quick ? QUICK_RESOURCE : RESOURCE;
    UnaryOperator<String> noEnvironment = name -> null;
    return PlanReader.parse(resource.substring(1), text(resource), Path.of(""), noEnvironment);
  }

  private static String text(String resource) {
    try (InputStream in = DemoPlan.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PlanException("resource " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
