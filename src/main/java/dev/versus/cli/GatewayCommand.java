package dev.versus.cli;

import dev.versus.core.ConfigException;
import dev.versus.core.NanoClock;
import dev.versus.gateway.GatewayConfig;
import dev.versus.gateway.GatewayConfigReader;
import dev.versus.gateway.GatewayServer;
import dev.versus.gateway.InteractionLog;
import dev.versus.gateway.RouteConfig;
import dev.versus.gateway.SpoolingInteractionLog;
import dev.versus.store.StoreLocation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code versus gateway --config gateway.yaml}: serves the production gateway until Ctrl-C. */
@Command(
    name = "gateway",
    mixinStandardHelpOptions = true,
    description = {
      "Run the production gateway: an OpenAI-compatible server (POST /v1/chat/completions,"
          + " GET /v1/models, /health, /ready, /metrics) in front of OpenAI-compatible and Gemini"
          + " backends, with routing, limits, retries, fallbacks, the guard and central logging.",
      "Serves until Ctrl-C."
    })
final class GatewayCommand implements Callable<Integer> {
  /** Helidon's start-up INFO lines repeat the banner; kept (strongly referenced) at WARNING. */
  private static final Logger HELIDON_LOG = Logger.getLogger("io.helidon");

  @Spec CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "FILE",
      description = "The gateway YAML (listen, backends, routes, guard, logging, auth).")
  Path config;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Override
  public Integer call() {
    if (!verbose) {
      HELIDON_LOG.setLevel(Level.WARNING);
    }
    if (!Files.isRegularFile(config)) {
      throw new BadInputException("gateway config " + config + " does not exist or is not a file");
    }
    GatewayConfig parsed;
    try {
      parsed = resolveKeysFile(GatewayConfigReader.read(config, System::getenv));
    } catch (ConfigException e) {
      throw new BadInputException(e.getMessage());
    }
    parsed.keysFile().filter(file -> !Files.isReadable(Path.of(file))).ifPresent(file -> {
      throw new BadInputException(config + ": auth.keys-file: cannot read " + file);
    });
    InteractionLog log = SpoolingInteractionLog.open(parsed.logging());
    GatewayServer server;
    try {
      server = GatewayServer.start(parsed, GatewayServer.providers(parsed), log, NanoClock.system());
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop(server, log);
      stopped.countDown();
    }, "versus-gateway-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    printBanner(server, parsed);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // stop first (Helidon refuses to stop on an interrupted thread), then restore the flag
      stop(server, log);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook runs anyway
      }
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static void stop(GatewayServer server, InteractionLog log) {
    try {
      server.close();
    } finally {
      log.close();
    }
  }

  /** A relative keys file is relative to the config file's folder. */
  private GatewayConfig resolveKeysFile(GatewayConfig c) {
    Optional<String> keys = c.keysFile().map(file -> {
      Path path = Path.of(file);
      Path parent = config.toAbsolutePath().getParent();
      return path.isAbsolute() || parent == null ? file : parent.resolve(path).toString();
    });
    return new GatewayConfig(c.host(), c.port(), c.backends(), c.routes(), c.guard(), c.logging(),
        keys, c.maxBodyBytes(), c.limits());
  }

  private void printBanner(GatewayServer server, GatewayConfig c) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("versus gateway listening on " + server.address());
    out.println("  OpenAI format: " + server.address() + "/v1  (POST /chat/completions, GET /models)");
    for (RouteConfig route : c.routes()) {
      out.println("  route " + route.model() + " (" + route.policy().yamlName() + ")");
    }
    out.println("  backends: " + String.join(", ", c.backends().keySet()));
    out.println("  auth: " + c.keysFile().map(f -> "keys from " + f).orElse("none (open gateway)"));
    out.println("  limits: " + c.limits().shared()
        .map(url -> "shared by all replicas in " + StoreLocation.parse(url).redacted())
        .orElse("per process"));
    out.println("  metrics: " + server.address() + "/metrics   health: " + server.address()
        + "/health   ready: " + server.address() + "/ready");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }
}
