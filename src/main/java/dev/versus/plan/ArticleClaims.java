package dev.versus.plan;

import dev.versus.core.ConfigDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The vendor article's claims (DESIGN §11) as a built-in claim list, {@code /plan/article-claims.yaml},
 * over the model keys {@code flash} and {@code maverick}.
 */
public final class ArticleClaims {
  /** The classpath resource. */
  public static final String RESOURCE = "/plan/article-claims.yaml";

  private ArticleClaims() {}

  /** The claims, parsed and checked against the catalogue only. */
  public static List<PlanClaim> load() {
    return read(Optional.empty());
  }

  /**
   * The claims checked against {@code plan}: it must have models {@code flash} and {@code maverick}
   * and the sections, levels (1, 64, 256, 512) and suites the claims name.
   *
   * @throws dev.versus.core.ConfigException naming the resource line and expression column
   */
  public static List<PlanClaim> load(Plan plan) {
    return read(Optional.of(plan));
  }

  private static List<PlanClaim> read(Optional<Plan> plan) {
    ConfigDocument doc = ConfigDocument.parse("plan/article-claims.yaml", text(), name -> null);
    Fields fields = new Fields(doc);
    fields.keys(doc.root(), "", Set.of("claims"));
    return new ClaimsReader(doc, fields).read(doc.root().path("claims"), "claims", plan);
  }

  private static String text() {
    try (InputStream in = ArticleClaims.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new PlanException("resource " + RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
