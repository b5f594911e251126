package dev.versus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Containerfile cannot be built here (no container engine), so this checks what can go stale:
 * the files it copies exist, the jar it copies is the one the pom builds, the Java version matches
 * the pom's, it runs as a non-root user, and its documented tag is the pom's version.
 */
class ContainerfileTest {
  private static final Path FILE = Path.of("Containerfile");
  private static final Pattern BUILD_COMMAND =
      Pattern.compile("(docker|podman) build -f Containerfile -t (\\S+) \\.");

  @Test
  void stages_buildWithMavenAndAJdk_runOnAJreOfTheSameJavaVersion() throws IOException {
    List<String> from = instructions("FROM");
    int release = Integer.parseInt(pomValue("<java.release>([0-9]+)</java.release>"));

    assertThat(from).hasSize(2);
    assertThat(from.get(0)).contains("maven").endsWith(" AS build");
    assertThat(javaMajor(from.get(0))).isGreaterThanOrEqualTo(release);
    assertThat(from.get(1)).contains("-jre");
    assertThat(javaMajor(from.get(1))).isEqualTo(javaMajor(from.get(0)));
  }

  @Test
  void copies_sourcesThatExist_andTheJarThePomBuilds() throws IOException {
    String finalName = pomValue("<finalName>([^<]+)</finalName>");
    List<String> copies = instructions("COPY");
    String buildDir = instructions("WORKDIR").getFirst();

    for (String copy : copies) {
      List<String> parts = List.of(copy.split("\\s+"));
      if (parts.getFirst().startsWith("--from=")) {
        assertThat(parts.get(1)).isEqualTo(buildDir + "/target/" + finalName + ".jar");
        assertThat(parts.get(2)).isEqualTo("/app/versus.jar");
      } else {
        for (String source : parts.subList(0, parts.size() - 1)) {
          assertThat(Path.of(source)).as("COPY source %s", source).exists();
        }
      }
    }
    assertThat(copies).anyMatch(c -> c.startsWith("--from=build"));
    assertThat(Files.readString(Path.of(".dockerignore"))).contains("target/");
  }

  @Test
  void entrypoint_runsTheJar_asANonRootUser() throws IOException {
    assertThat(instructions("ENTRYPOINT")).containsExactly("[\"java\", \"-jar\", \"/app/versus.jar\"]");
    assertThat(user()).isPositive();
  }

  @Test
  void buildCommand_isDocumentedForDockerAndPodman_withThePomVersionAsTag() throws IOException {
    String text = Files.readString(FILE);
    Matcher m = BUILD_COMMAND.matcher(text);
    List<String> engines = new ArrayList<>();
    while (m.find()) {
      engines.add(m.group(1));
      assertThat(m.group(2)).isEqualTo(documentedTag());
    }
    assertThat(engines).contains("docker", "podman");
    assertThat(documentedTag()).isEqualTo("versus:" + pomVersion());
    assertThat(Files.readString(Path.of("deploy/README.md"))).contains("build -f Containerfile -t " + documentedTag());
  }

  /** The image tag the Containerfile's build command documents, e.g. {@code versus:0.1.0}. */
  static String documentedTag() throws IOException {
    Matcher m = BUILD_COMMAND.matcher(Files.readString(FILE));
    assertThat(m.find()).as("a documented build command in " + FILE).isTrue();
    return m.group(2);
  }

  /** The numeric user the image runs as. */
  static long user() throws IOException {
    String user = instructions("USER").getLast();
    return Long.parseLong(user.split(":")[0]);
  }

  private static int javaMajor(String image) {
    Matcher m = Pattern.compile("temurin-?([0-9]+)|temurin:([0-9]+)").matcher(image);
    assertThat(m.find()).as("a Temurin version in %s", image).isTrue();
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static List<String> instructions(String keyword) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(FILE)) {
      if (line.startsWith(keyword + " ")) {
        out.add(line.substring(keyword.length() + 1).strip());
      }
    }
    return out;
  }

  private static String pomVersion() throws IOException {
    return pomValue("<artifactId>versus</artifactId>\\s*<version>([^<]+)</version>");
  }

  private static String pomValue(String regex) throws IOException {
    Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of("pom.xml")));
    assertThat(m.find()).as("pom.xml has %s", regex).isTrue();
    return m.group(1);
  }
}
