package dev.versus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.versus.core.Message;
import dev.versus.core.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptFilesTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void read_jsonlPromptsAndMessages_parsedWithMaxTokens() throws Exception {
    Path file =
        write(
            "p.jsonl",
            """
            {"prompt": "¿Cuál es la capital de Chile?", "max_tokens": 32}

            {"messages": [{"role": "system", "content": "Sé breve."}, {"role": "user", "content": "Hola"}]}
            """);

    List<BenchPrompt> prompts = PromptFiles.read(file);

    assertThat(prompts).hasSize(2);
    assertThat(prompts.get(0).sampling().maxTokens()).hasValue(32);
    assertThat(prompts.get(0).promptTokens()).isGreaterThan(3);
    assertThat(prompts.get(1).messages())
        .containsExactly(new Message(Role.SYSTEM, "Sé breve."), Message.user("Hola"));
  }

  @Test
  void read_jsonlBadLine_messageNamesFileAndLine() throws Exception {
    Path file =
        write(
            "bad.jsonl",
            """
            {"prompt": "uno"}
            {"prompt": "dos"}
            {"texto": "tres"}
            """);

    assertThatThrownBy(() -> PromptFiles.read(file))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("bad.jsonl:3:")
        .hasMessageContaining("\"prompt\" or an array \"messages\"");
  }

  @Test
  void read_jsonlInvalidJsonAndBadMaxTokens_lineNumbers() throws Exception {
    Path broken = write("broken.jsonl", "{\"prompt\": \"a\"}\n{\"prompt\": \n");
    Path badMax = write("max.jsonl", "{\"prompt\": \"a\", \"max_tokens\": 0}\n");
    Path badRole =
        write("role.jsonl", "\n{\"messages\": [{\"role\": \"bot\", \"content\": \"x\"}]}\n");

    assertThatThrownBy(() -> PromptFiles.read(broken))
        .hasMessageContaining("broken.jsonl:2: not valid JSON");
    assertThatThrownBy(() -> PromptFiles.read(badMax))
        .hasMessageContaining("max.jsonl:1:")
        .hasMessageContaining("max_tokens");
    assertThatThrownBy(() -> PromptFiles.read(badRole))
        .hasMessageContaining("role.jsonl:2:")
        .hasMessageContaining("unknown role 'bot'");
  }

  @Test
  void read_shareGpt_firstHumanTurnWithReplyLengthAsMaxTokens() throws Exception {
    Path file =
        write(
            "sharegpt.json",
            """
            [
              {"id": "a", "conversations": [
                {"from": "human", "value": "Explica qué es un tokenizador."},
                {"from": "gpt", "value": "Un tokenizador divide el texto en unidades."}
              ]},
              {"id": "b", "conversations": [{"from": "gpt", "value": "sin pregunta"}]}
            ]
            """);

    List<BenchPrompt> prompts = PromptFiles.read(file);

    assertThat(prompts).hasSize(1);
    assertThat(prompts.get(0).messages())
        .containsExactly(Message.user("Explica qué es un tokenizador."));
    assertThat(prompts.get(0).sampling().maxTokens())
        .hasValue(
            dev.versus.metrics.TokenCounter.cl100k()
                .count("Un tokenizador divide el texto en unidades."));
  }

  @Test
  void read_shareGptMalformedEntry_messageNamesItsLine() throws Exception {
    Path file =
        write(
            "sharegpt.json",
            """
            [
              {"conversations": [{"from": "human", "value": "a"}, {"from": "gpt", "value": "b"}]},
              {"conversations": [{"from": "human", "value": "a"}, {"from": "gpt", "value": "b"}]},
              {"dialogue": []}
            ]
            """);
    Path broken = write("broken.json", "[\n  {\"conversations\": [}\n]\n");

    assertThatThrownBy(() -> PromptFiles.read(file))
        .hasMessageContaining("sharegpt.json:4:")
        .hasMessageContaining("\"conversations\"");
    assertThatThrownBy(() -> PromptFiles.read(broken))
        .hasMessageContaining("broken.json:2: not valid JSON");
  }

  @Test
  void read_emptyFile_saysNoPrompts() throws Exception {
    Path file = write("empty.jsonl", "\n\n");

    assertThatThrownBy(() -> PromptFiles.read(file)).hasMessageContaining("no prompts found");
  }

  @Test
  void read_jsonlWithByteOrderMark_parsed() throws Exception {
    Path file = write("bom.jsonl", "\uFEFF{\"prompt\": \"hola\"}\n");

    assertThat(PromptFiles.read(file)).hasSize(1);
  }
}
