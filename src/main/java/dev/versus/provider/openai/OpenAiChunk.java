package dev.versus.provider.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.versus.core.Usage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the stream decoder needs from one ordinary OpenAI stream chunk, read with Jackson's
 * streaming parser instead of a tree (one per token, so the cheaper read matters to the load
 * generator and the gateway alike). Only the common shape is read here: an object whose {@code
 * choices} is an array of objects with string fields, and an integer {@code usage}. Anything else
 * (an error object, numbers where strings are expected, malformed JSON) gives empty, and the
 * decoder reads the event as a tree as before, so odd chunks decode exactly as they always did.
 *
 * @param choices the index-0 choices in order
 * @param usage the chunk's usage, or {@link Usage#none()}
 */
record OpenAiChunk(List<Choice> choices, Usage usage) {
  private static final JsonFactory JSON = new JsonFactory();

  /** One choice's text: each field {@code ""} when absent or null. */
  record Choice(String reasoning, String content, String finishReason) {}

  /** The chunk, or empty when it is not of the common shape (see the class comment). */
  static Optional<OpenAiChunk> read(String data) {
    try (JsonParser p = JSON.createParser(data)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      List<Choice> choices = List.of();
      Usage usage = Usage.none();
      String field;
      while ((field = p.nextFieldName()) != null) {
        JsonToken value = p.nextToken();
        switch (field) {
          case "choices" -> {
            if (value != JsonToken.START_ARRAY) {
              return Optional.empty();
            }
            choices = new ArrayList<>(1);
            while (p.nextToken() == JsonToken.START_OBJECT) {
              Optional<Optional<Choice>> choice = choice(p);
              if (choice.isEmpty()) {
                return Optional.empty();
              }
              choice.get().ifPresent(choices::add);
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
              return Optional.empty(); // an element that is not an object
            }
          }
          case "usage" -> {
            if (value == JsonToken.START_OBJECT) {
              Optional<Usage> read = usage(p);
              if (read.isEmpty()) {
                return Optional.empty();
              }
              usage = read.get();
            } else if (value != JsonToken.VALUE_NULL) {
              return Optional.empty();
            }
          }
          case "error" -> {
            return Optional.empty(); // errors take the tree path
          }
          case "object" -> {
            if (value != JsonToken.VALUE_STRING || p.getText().equals("error")) {
              return Optional.empty();
            }
          }
          default -> p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(new OpenAiChunk(choices, usage));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads one choice object (the parser on its start): empty when its shape is not the common one;
   * inside, empty for a choice whose index is not 0.
   */
  private static Optional<Optional<Choice>> choice(JsonParser p) throws IOException {
    int index = 0;
    String reasoningContent = "";
    String reasoning = "";
    String content = "";
    String text = null;
    String finishReason = "";
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken value = p.nextToken();
      switch (field) {
        case "index" -> {
          if (value != JsonToken.VALUE_NUMBER_INT) {
            return Optional.empty();
          }
          index = p.getIntValue();
        }
        case "delta" -> {
          if (value != JsonToken.START_OBJECT) {
            return Optional.empty();
          }
          String deltaField;
          while ((deltaField = p.nextFieldName()) != null) {
            p.nextToken();
            switch (deltaField) {
              case "reasoning_content" -> reasoningContent = text(p);
              case "reasoning" -> reasoning = text(p);
              case "content" -> content = text(p);
              default -> p.skipChildren();
            }
            if (reasoningContent == null || reasoning == null || content == null) {
              return Optional.empty();
            }
          }
        }
        case "text" -> {
          text = text(p);
          if (text == null) {
            return Optional.empty();
          }
        }
        case "finish_reason" -> {
          finishReason = text(p);
          if (finishReason == null) {
            return Optional.empty();
          }
        }
        default -> p.skipChildren();
      }
    }
    if (index != 0) {
      return Optional.of(Optional.empty());
    }
    return Optional.of(Optional.of(new Choice(
        reasoningContent.isEmpty() ? reasoning : reasoningContent,
        text != null ? text : content,
        finishReason)));
  }

  /** A string's value, {@code ""} for null, or null for anything else (not the common shape). */
  private static String text(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_STRING -> p.getText();
      case VALUE_NULL -> "";
      default -> null;
    };
  }

  private static Optional<Usage> usage(JsonParser p) throws IOException {
    int prompt = 0;
    int output = 0;
    int reasoning = 0;
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken value = p.nextToken();
      switch (field) {
        case "prompt_tokens", "completion_tokens" -> {
          if (value != JsonToken.VALUE_NUMBER_INT) {
            return Optional.empty();
          }
          if (field.equals("prompt_tokens")) {
            prompt = Math.max(0, p.getIntValue());
          } else {
            output = Math.max(0, p.getIntValue());
          }
        }
        case "completion_tokens_details" -> {
          if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            continue;
          }
          String detail;
          while ((detail = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            if (detail.equals("reasoning_tokens")) {
              if (v != JsonToken.VALUE_NUMBER_INT) {
                return Optional.empty();
              }
              reasoning = Math.max(0, p.getIntValue());
            } else {
              p.skipChildren();
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    return Optional.of(Usage.server(prompt, output, Math.min(reasoning, output)));
  }
}
