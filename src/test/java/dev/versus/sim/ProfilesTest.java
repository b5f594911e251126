package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {

  @Test
  void load_everyBuiltInName_parsesWithItsName() {
    for (String name : Profiles.names()) {
      assertThat(Profiles.load(name).name()).isEqualTo(name);
    }
  }

  @Test
  void load_flash_hasPublicLimitsAndConfiguredCrashThreshold() {
    Profile flash = Profiles.load("gemini-2.5-flash");
    assertThat(flash.limits().contextWindow()).isEqualTo(1_048_576);
    assertThat(flash.limits().maxOutputTokens()).isEqualTo(65_536);
    assertThat(flash.limits().reasoningShare()).isPositive();
    assertThat(flash.faults().crashThreshold()).isEqualTo(256);
    assertThat(flash.faults().crashMessage()).startsWith("CUDA_ERROR_ILLEGAL_ADDRESS");
  }

  @Test
  void load_maverick_isVllmStyledWithVendorAlias() {
    Profile maverick = Profiles.load("llama-4-maverick");
    assertThat(maverick.errorStyle()).isEqualTo(ErrorStyle.VLLM);
    assertThat(maverick.servedNames()).contains("meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8");
    assertThat(maverick.faults().crashThreshold()).isZero();
    assertThat(maverick.limits().reasoningShare()).isZero();
  }

  @Test
  void load_instant_hasNoLatency() {
    assertThat(Profiles.load("instant").batching().instant()).isTrue();
    assertThat(Profiles.load("llama-4-maverick").batching().instant()).isFalse();
  }

  @Test
  void load_unknownName_namesTheBuiltIns() {
    assertThatThrownBy(() -> Profiles.load("gpt-9"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("gpt-9")
        .hasMessageContaining("llama-4-maverick");
  }

  @Test
  void load_userFile_parsesIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, builtIn("instant").replace("name: instant", "name: mine"));
    assertThat(Profiles.load(file.toString()).name()).isEqualTo("mine");
  }

  @Test
  void parse_unknownKey_namesFileLineAndField() throws IOException {
    String yaml = builtIn("instant").replace("  max-num-seqs:", "  max-num-sequences:");
    int line = lineOf(yaml, "max-num-sequences");
    assertThatThrownBy(() -> Profiles.parse(yaml, "broken.yaml"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("broken.yaml line " + line)
        .hasMessageContaining("field 'batching.max-num-sequences'")
        .hasMessageContaining("expected one of")
        .hasMessageContaining("max-num-seqs");
  }

  @Test
  void parse_invalidValue_namesFieldAndRule() throws IOException {
    String yaml = builtIn("instant").replace("jitter: 0.0", "jitter: 1.5");
    assertThatThrownBy(() -> Profiles.parse(yaml, "broken.yaml"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("broken.yaml line " + lineOf(yaml, "jitter: 1.5"))
        .hasMessageContaining("field 'batching.jitter'")
        .hasMessageContaining("jitter must be in [0, 1), got 1.5");
  }

  @Test
  void parse_invalidMapValue_pointsAtItsLine() throws IOException {
    String yaml = builtIn("instant").replace("    default: 1.0", "    default: 2.0");
    assertThatThrownBy(() -> Profiles.parse(yaml, "broken.yaml"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("broken.yaml line " + lineOf(yaml, "default: 2.0"))
        .hasMessageContaining("field 'quality.accuracy.default'");
  }

  @Test
  void parse_badYaml_namesLine() {
    assertThatThrownBy(() -> Profiles.parse("name: [oops\nerror-style: openai\n", "broken.yaml"))
        .isInstanceOf(ProfileException.class)
        .hasMessageStartingWith("broken.yaml line ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void parse_wrongType_namesLineAndField() throws IOException {
    String yaml = builtIn("instant").replace("context-window: 1048576", "context-window: lots");
    int line = lineOf(yaml, "context-window: lots");
    assertThatThrownBy(() -> Profiles.parse(yaml, "broken.yaml"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("broken.yaml line " + line)
        .hasMessageContaining("field 'limits.context-window'");
  }

  @Test
  void parse_missingKey_namesIt() throws IOException {
    String yaml = builtIn("instant").replace("  tokens-per-chunk: 16\n", "");
    assertThatThrownBy(() -> Profiles.parse(yaml, "broken.yaml"))
        .isInstanceOf(ProfileException.class)
        .hasMessageContaining("broken.yaml line ")
        .hasMessageContaining("field 'batching.tokens-per-chunk': missing key");
  }

  private static String builtIn(String name) throws IOException {
    try (var in = ProfilesTest.class.getResourceAsStream("/sim/profiles/" + name + ".yaml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static int lineOf(String text, String fragment) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError(fragment + " not found");
  }
}
