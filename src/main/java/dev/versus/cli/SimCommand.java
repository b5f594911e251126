package dev.versus.cli;

import dev.versus.sim.Profile;
import dev.versus.sim.Profiles;
import dev.versus.sim.SimModel;
import dev.versus.sim.SimModels;
import dev.versus.sim.SimServer;
import dev.versus.sim.SimServerConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus sim}: serves simulated models over HTTP until interrupted (Ctrl-C). */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = {
      "Run a simulated inference server that speaks the OpenAI (/v1) and Gemini (/v1beta) wire"
          + " formats on one port, with Prometheus /metrics. Every figure it produces is"
          + " simulated.",
      "Serves until Ctrl-C."
    })
final class SimCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--profile",
      required = true,
      paramLabel = "NAME|FILE",
      description =
          "A built-in profile (gemini-2.5-flash, llama-4-maverick, instant) or a profile"
              + " YAML file. Repeat to serve several models.")
  List<String> profiles = new ArrayList<>();

  @Option(
      names = "--port",
      defaultValue = "8000",
      description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Seed for content, jitter and faults (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--max-body",
      defaultValue = "4MiB",
      paramLabel = "SIZE",
      converter = ByteSize.class,
      description =
          "Largest request body accepted, e.g. 4MiB, 512KiB or 1048576 (default:"
              + " ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new BadInputException("--port must be in 0..65535, got " + port);
    }
    List<Profile> loaded = profiles.stream().map(Profiles::load).toList();
    List<SimModel> models = new ArrayList<>();
    SimServer server;
    try {
      var answerKeys = SimAnswers.builtIn();
      for (Profile profile : loaded) {
        models.add(SimModels.create(profile, seed, answerKeys));
      }
      SimServerConfig config =
          SimServerConfig.defaults().withHost(host).withPort(port).withMaxBodyBytes(maxBodyBytes);
      server = SimServer.start(models, config);
    } catch (RuntimeException e) {
      models.forEach(SimModel::close);
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "versus-sim-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    printBanner(server);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down and runs the hook itself
      }
    }
    return 0;
  }

  private void printBanner(SimServer server) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("versus sim: SIMULATED models listening on " + server.baseUri());
    for (SimModel model : server.models()) {
      out.println(
          "  model "
              + model.name()
              + " (answers to: "
              + String.join(", ", model.servedNames())
              + ")");
    }
    out.println(
        "  OpenAI format: "
            + server.openAiBaseUri()
            + "  (POST /chat/completions, /completions; GET /models)");
    out.println(
        "  Gemini format: "
            + server.geminiBaseUri()
            + "  (POST /models/{model}:generateContent, :streamGenerateContent?alt=sse,"
            + " :countTokens)");
    out.println(
        "  metrics:       "
            + server.baseUri()
            + "/metrics   health: "
            + server.baseUri()
            + "/health");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }
}
