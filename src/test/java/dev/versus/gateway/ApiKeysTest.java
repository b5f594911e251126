package dev.versus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

  @Test
  void authenticate_generatedKey_matchesOnlyItself() {
    Map.Entry<String, ApiKey> generated = ApiKeys.generate("team-a", new SecureRandom());
    ApiKeys keys = ApiKeys.of(List.of(generated.getValue()));
    assertThat(keys.authenticate(generated.getKey())).map(ApiKey::id).contains("team-a");
    String wrong = generated.getKey().substring(0, generated.getKey().length() - 1) + "0";
    assertThat(keys.authenticate(wrong.equals(generated.getKey()) ? wrong + "x" : wrong)).isEmpty();
    assertThat(keys.authenticate("vs-nobody-abc")).isEmpty();
    assertThat(keys.authenticate("")).isEmpty();
  }

  @Test
  void read_keysFile_storesHashesNotKeys(@TempDir Path dir) throws Exception {
    Map.Entry<String, ApiKey> generated = ApiKeys.generate("ops", new SecureRandom());
    Path file = dir.resolve("keys.yaml");
    Files.writeString(
        file,
        "keys:\n  - { id: ops, sha256: " + generated.getValue().sha256() + ", admin: true, backends: [flash] }\n");
    ApiKey key = ApiKeys.read(file).authenticate(generated.getKey()).orElseThrow();
    assertThat(key.admin()).isTrue();
    assertThat(key.allowsRoute("anything")).isTrue();
    assertThat(key.allowsBackend("flash")).isTrue();
    assertThat(key.allowsBackend("maverick")).isFalse();
    assertThat(Files.readString(file)).doesNotContain(generated.getKey());
  }

  @Test
  void read_badHash_namesFileLineAndField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys.yaml");
    Files.writeString(file, "keys:\n  - id: a\n    sha256: not-a-hash\n");
    assertThatThrownBy(() -> ApiKeys.read(file))
        .hasMessageContaining("keys.yaml:3: keys[0].sha256: sha256 must be 64 lower-case hex digits");
  }

  @Test
  void logHash_isStableAndNeverTheId() {
    assertThat(ApiKeys.logHash("team-a")).hasSize(32).isEqualTo(ApiKeys.logHash("team-a")).doesNotContain("team");
    assertThat(ApiKeys.logHash("")).isEmpty();
  }
}
