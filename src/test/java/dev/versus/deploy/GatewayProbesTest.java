package dev.versus.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.core.NanoClock;
import dev.versus.gateway.GatewayConfig;
import dev.versus.gateway.GatewayConfigReader;
import dev.versus.gateway.GatewayServer;
import dev.versus.gateway.InteractionLog;
import dev.versus.store.GatewayLogRow;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway Deployment's probes hit paths the real gateway serves: a GatewayServer runs the
 * ConfigMap's gateway.yaml (on a free loopback port, per-process limits, the Secret's keys file,
 * logs in memory) and answers each probe with 200.
 */
class GatewayProbesTest {

  @Test
  void probes_ofTheGatewayDeployment_answer200FromTheRealGateway(@TempDir Path dir) throws Exception {
    List<HasMetadata> all = DeployManifests.all();
    Container container = KubeObjects.named(all, Deployment.class, "versus-gateway")
        .getSpec().getTemplate().getSpec().getContainers().getFirst();
    String yaml = KubeObjects.named(all, ConfigMap.class, "versus-gateway").getData().get("gateway.yaml");
    Path keys = dir.resolve("keys.yaml");
    Files.writeString(keys,
        KubeObjects.named(all, Secret.class, "versus-secrets").getStringData().get("keys.yaml"));
    GatewayConfig deployed = GatewayConfigReader.parse("gateway.yaml", yaml, name -> "x");
    GatewayConfig local = new GatewayConfig("127.0.0.1", 0, deployed.backends(), deployed.routes(),
        deployed.guard(), deployed.logging(), Optional.of(keys.toString()), deployed.maxBodyBytes());
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (GatewayServer server = GatewayServer.start(local, GatewayServer.providers(local),
        new NoLog(), NanoClock.system())) {
      for (Probe probe : List.of(container.getReadinessProbe(), container.getLivenessProbe())) {
        HttpResponse<String> response = client.send(
            HttpRequest.newBuilder(URI.create(server.address() + probe.getHttpGet().getPath()))
                .timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(probe.getHttpGet().getPath()).isEqualTo(200);
      }
    } finally {
      client.shutdownNow();
    }
  }

  /** Logs nothing; the probes must not depend on a database here. */
  private static final class NoLog implements InteractionLog {
    @Override
    public void append(GatewayLogRow row) {}

    @Override
    public long pending() {
      return 0;
    }

    @Override
    public void close() {}
  }
}
