package dev.versus.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.versus.core.Message;
import dev.versus.core.Role;
import dev.versus.core.SamplingParams;
import dev.versus.metrics.TokenCounter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads prompt files. Two formats, told apart by the first non-blank character ({@code [} means
 * ShareGPT):
 *
 * <ul>
 *   <li><b>JSONL</b>, one object per line: {@code {"prompt": "..."}} or {@code {"messages":
 *       [{"role": "user", "content": "..."}]}}, with an optional {@code "max_tokens"} (1 or more).
 *       Blank lines are skipped.
 *   <li><b>ShareGPT JSON</b>: an array of {@code {"conversations": [{"from": "human", "value":
 *       ...}, {"from": "gpt", "value": ...}, ...]}}; the first human turn is the prompt and the
 *       following gpt turn's token count becomes {@code max_tokens}. Conversations without such a
 *       pair are skipped, as vLLM's benchmark does.
 * </ul>
 *
 * Every malformed entry fails with the file and line number and what was expected.
 */
public final class PromptFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PromptFiles() {}

  /**
   * Reads every prompt of {@code path}.
   *
   * @throws LoadException naming file and line when the file is unreadable, malformed or empty
   */
  public static List<BenchPrompt> read(Path path) {
    TokenCounter counter = TokenCounter.cl100k();
    List<BenchPrompt> prompts;
    try {
      prompts = sharegpt(path) ? readShareGpt(path, counter) : readJsonl(path, counter);
    } catch (IOException e) {
      throw new LoadException("cannot read prompt file " + path + ": " + e.getMessage(), e);
    }
    if (prompts.isEmpty()) {
      throw new LoadException(path + ": no prompts found");
    }
    return prompts;
  }

  private static boolean sharegpt(Path path) throws IOException {
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (int c = in.read(); c >= 0; c = in.read()) {
        if (!Character.isWhitespace(c) && c != '\uFEFF') {
          return c == '[';
        }
      }
      return false;
    }
  }

  private static List<BenchPrompt> readJsonl(Path path, TokenCounter counter) throws IOException {
    List<BenchPrompt> prompts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw bad(path, lineNumber, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        prompts.add(jsonlPrompt(node, path, lineNumber, counter));
      }
    }
    return prompts;
  }

  private static BenchPrompt jsonlPrompt(JsonNode node, Path path, int line, TokenCounter counter) {
    if (!node.isObject()) {
      throw bad(path, line, "expected an object with \"prompt\" or \"messages\"");
    }
    List<Message> messages = new ArrayList<>();
    if (node.hasNonNull("prompt")) {
      messages.add(Message.user(text(node.get("prompt"), "prompt", path, line)));
    } else if (node.hasNonNull("messages") && node.get("messages").isArray()) {
      for (JsonNode m : node.get("messages")) {
        messages.add(message(m, path, line));
      }
      if (messages.isEmpty()) {
        throw bad(path, line, "\"messages\" must not be empty");
      }
    } else {
      throw bad(path, line, "expected a string \"prompt\" or an array \"messages\"");
    }
    SamplingParams sampling = SamplingParams.defaults();
    if (node.has("max_tokens")) {
      JsonNode max = node.get("max_tokens");
      if (!max.canConvertToInt() || !max.isIntegralNumber() || max.asInt() < 1) {
        throw bad(path, line, "\"max_tokens\" must be an integer of 1 or more, got " + max);
      }
      sampling = sampling.withMaxTokens(max.asInt());
    }
    return new BenchPrompt(messages, tokensOf(messages, counter), sampling);
  }

  private static Message message(JsonNode m, Path path, int line) {
    if (!m.isObject()) {
      throw bad(path, line, "each message must be an object with \"role\" and \"content\"");
    }
    String role = text(m.get("role"), "role", path, line);
    String content = text(m.get("content"), "content", path, line);
    try {
      return new Message(Role.fromWire(role), content);
    } catch (IllegalArgumentException e) {
      throw bad(path, line, e.getMessage());
    }
  }

  private static List<BenchPrompt> readShareGpt(Path path, TokenCounter counter)
      throws IOException {
    List<BenchPrompt> prompts = new ArrayList<>();
    try (JsonParser parser = MAPPER.createParser(path.toFile())) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw bad(path, line(parser.currentTokenLocation()), "expected a JSON array");
      }
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        int line = line(parser.currentTokenLocation());
        if (t != JsonToken.START_OBJECT) {
          throw bad(path, line, "expected a conversation object, got " + t.asString());
        }
        JsonNode conversation = parser.readValueAsTree();
        BenchPrompt prompt = shareGptPrompt(conversation, path, line, counter);
        if (prompt != null) {
          prompts.add(prompt);
        }
      }
    } catch (JsonProcessingException e) {
      throw bad(path, line(e.getLocation()), "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    return prompts;
  }

  /** The prompt of a conversation, or null (internal only) when it has no human → gpt pair. */
  private static BenchPrompt shareGptPrompt(
      JsonNode conversation, Path path, int line, TokenCounter counter) {
    JsonNode turns = conversation.get("conversations");
    if (turns == null || !turns.isArray()) {
      throw bad(path, line, "expected an array \"conversations\" in this entry");
    }
    for (int i = 0; i + 1 < turns.size(); i++) {
      JsonNode turn = turns.get(i);
      JsonNode next = turns.get(i + 1);
      if (!turn.isObject() || !next.isObject()) {
        throw bad(path, line, "each turn must be an object with \"from\" and \"value\"");
      }
      String from = text(turn.get("from"), "from", path, line);
      String nextFrom = text(next.get("from"), "from", path, line);
      if (from.equals("human") && nextFrom.equals("gpt")) {
        String prompt = text(turn.get("value"), "value", path, line);
        int reply = counter.count(text(next.get("value"), "value", path, line));
        if (prompt.isBlank() || reply < 1) {
          return null;
        }
        List<Message> messages = List.of(Message.user(prompt));
        return new BenchPrompt(
            messages, counter.count(prompt), SamplingParams.defaults().withMaxTokens(reply));
      }
    }
    return null;
  }

  private static String text(JsonNode value, String field, Path path, int line) {
    if (value == null || !value.isTextual()) {
      throw bad(path, line, "expected a string \"" + field + "\"");
    }
    return value.asText();
  }

  private static int tokensOf(List<Message> messages, TokenCounter counter) {
    int total = 0;
    for (Message m : messages) {
      total += counter.count(m.content());
    }
    return total;
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : location.getLineNr();
  }

  private static LoadException bad(Path path, int line, String why) {
    return new LoadException(path + ":" + line + ": " + why);
  }
}
