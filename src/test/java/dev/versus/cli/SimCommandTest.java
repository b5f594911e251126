package dev.versus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimCommandTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void sim_unknownProfile_exitsWithBadInputAndClearMessage() {
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {"sim", "--profile", "no-such-model", "--port", "0"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("no-such-model")
        .contains("instant")
        .doesNotContain("Exception");
  }

  @Test
  void sim_badMaxBody_exitsWithBadInput() {
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new String[] {"sim", "--profile", "instant", "--max-body", "lots"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--max-body").contains("lots");
  }

  @Test
  void byteSize_parsesBinaryAndDecimalUnits() {
    ByteSize size = new ByteSize();

    assertThat(size.convert("4MiB")).isEqualTo(4L << 20);
    assertThat(size.convert("512kib")).isEqualTo(512L << 10);
    assertThat(size.convert("2MB")).isEqualTo(2_000_000L);
    assertThat(size.convert("1048576")).isEqualTo(1L << 20);
    assertThatThrownBy(() -> size.convert("0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sim_startsServesBothFormatsAndStopsOnInterrupt() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread runner =
        Thread.ofPlatform()
            .name("sim-command-test")
            .start(
                () ->
                    exit.complete(
                        Main.run(
                            new String[] {
                              "sim",
                              "--profile",
                              "instant",
                              "--profile",
                              "gemini-2.5-flash",
                              "--port",
                              "0",
                              "--seed",
                              "7"
                            },
                            new PrintWriter(out, true),
                            new PrintWriter(err, true))));
    URI base = awaitBaseUri(out, err);
    try {
      HttpResponse<String> models =
          client.send(
              HttpRequest.newBuilder(base.resolve("/v1/models")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(json(models.body()).get("data").findValuesAsText("id"))
          .contains("instant", "gemini-2.5-flash");

      HttpResponse<String> chat =
          post(
              base.resolve("/v1/chat/completions"),
              "{\"model\":\"instant\",\"messages\":[{\"role\":\"user\",\"content\":\"hola\"}],\"max_tokens\":40,"
                  + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}");
      assertThat(chat.statusCode()).isEqualTo(200);
      assertThat(chat.body()).contains("\"completion_tokens\":40").endsWith("data: [DONE]\n\n");

      HttpResponse<String> gemini =
          post(
              base.resolve("/v1beta/models/gemini-2.5-flash:generateContent"),
              "{\"contents\":[{\"parts\":[{\"text\":\"hola\"}]}],\"generationConfig\":{\"maxOutputTokens\":4}}");
      assertThat(gemini.statusCode()).isEqualTo(200);
      JsonNode usage = json(gemini.body()).get("usageMetadata");
      assertThat(
              usage.get("candidatesTokenCount").asInt() + usage.get("thoughtsTokenCount").asInt())
          .isLessThanOrEqualTo(4)
          .isPositive();
      assertThat(out.toString())
          .contains(base + "/v1")
          .contains(base + "/v1beta")
          .contains("SIMULATED");
    } finally {
      runner.interrupt();
    }
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThatThrownBy(
            () ->
                client.send(
                    HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
  }

  private HttpResponse<String> post(URI uri, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI awaitBaseUri(StringWriter out, StringWriter err) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      Matcher m = LISTENING.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("versus sim did not start; stdout: " + out + " stderr: " + err);
  }

  private static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }
}
