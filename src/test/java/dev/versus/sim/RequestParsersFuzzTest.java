package dev.versus.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded structural fuzzing of the request parsers: valid bodies with random fields replaced by
 * values of random types must give a value (valid or a 4xx error), never an exception.
 */
class RequestParsersFuzzTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int ROUNDS = 3000;

  private static final String OPENAI =
      "{\"model\":\"m\",\"messages\":[{\"role\":\"system\",\"content\":\"s\"},"
          + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}],"
          + "\"max_tokens\":5,\"max_completion_tokens\":4,\"temperature\":0.5,\"top_p\":0.9,"
          + "\"seed\":1,\"stop\":[\"x\"],\"ignore_eos\":true,\"stream\":true,"
          + "\"stream_options\":{\"include_usage\":true},\"n\":1,\"prompt\":\"p\"}";
  private static final String GEMINI =
      "{\"systemInstruction\":{\"parts\":[{\"text\":\"s\"}]},"
          + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"a\"}]},"
          + "{\"role\":\"model\",\"parts\":[{\"text\":\"b\"}]}],"
          + "\"generationConfig\":{\"maxOutputTokens\":3,\"temperature\":1,\"topP\":0.5,"
          + "\"seed\":2,\"stopSequences\":[\"z\"],\"candidateCount\":1},"
          + "\"generateContentRequest\":{\"contents\":[{\"parts\":[{\"text\":\"c\"}]}]}}";

  @Test
  void openAiParsers_mutatedBodies_neverThrow() {
    SplittableRandom random = new SplittableRandom(20261126);
    int valid = 0;
    for (int i = 0; i < ROUNDS; i++) {
      ObjectNode body = mutate(SimHttp.json(OPENAI), random);
      boolean chat = random.nextBoolean();
      Checked<OpenAiRequests.Call> result =
          parseQuietly(() -> OpenAiRequests.parse(body, chat), body);
      if (result instanceof Checked.Invalid<OpenAiRequests.Call> invalid) {
        assertThat(invalid.error().status()).as(body.toString()).isBetween(400, 499);
      } else {
        valid++;
      }
    }
    assertThat(valid).as("some mutations stay valid").isPositive().isLessThan(ROUNDS);
  }

  @Test
  void geminiParsers_mutatedBodies_neverThrow() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < ROUNDS; i++) {
      ObjectNode body = mutate(SimHttp.json(GEMINI), random);
      parseQuietly(() -> GeminiRequests.parse(body, "m", random.nextBoolean()), body);
      parseQuietly(() -> GeminiRequests.countable(body), body);
    }
  }

  private static <T> Checked<T> parseQuietly(
      java.util.function.Supplier<Checked<T>> parse, JsonNode body) {
    List<Checked<T>> out = new ArrayList<>();
    assertThatCode(() -> out.add(parse.get())).as(body.toString()).doesNotThrowAnyException();
    return out.get(0);
  }

  /** Replaces one to three random nodes of the tree with random values. */
  private static ObjectNode mutate(JsonNode tree, SplittableRandom random) {
    ObjectNode root = (ObjectNode) tree;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode container = containers.get(random.nextInt(containers.size()));
      if (container instanceof ObjectNode object && !object.isEmpty()) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        if (random.nextInt(5) == 0) {
          object.remove(name);
        } else {
          object.set(name, randomValue(random));
        }
      } else if (container instanceof ArrayNode array && !array.isEmpty()) {
        int index = random.nextInt(array.size());
        if (random.nextInt(5) == 0) {
          array.remove(index);
        } else {
          array.set(index, randomValue(random));
        }
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static JsonNode randomValue(SplittableRandom random) {
    return switch (random.nextInt(12)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(random.nextInt(-3, 4));
      case 3 -> NODES.numberNode(random.nextDouble(-2, 3));
      case 4 -> NODES.numberNode(Long.MAX_VALUE);
      case 5 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
      case 6 -> NODES.textNode("");
      case 7 -> NODES.textNode("user");
      case 8 -> NODES.arrayNode();
      case 9 -> NODES.objectNode();
      case 10 -> NODES.arrayNode().add("x").add(1);
      default -> NODES.numberNode(Double.NaN);
    };
  }
}
