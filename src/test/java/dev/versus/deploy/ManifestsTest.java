package dev.versus.deploy;

import static dev.versus.deploy.KubeObjects.named;
import static dev.versus.deploy.KubeObjects.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.versus.gateway.ApiKeys;
import dev.versus.gateway.GatewayConfig;
import dev.versus.gateway.GatewayConfigReader;
import dev.versus.guard.GuardConfig;
import dev.versus.load.Shard;
import dev.versus.store.StoreLocation;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests under deploy/ fit the Kubernetes model and agree with the project: images, ports,
 * probe paths, config keys, secrets and the bench Job's shard arguments.
 */
class ManifestsTest {
  private static final Pattern VAR_REF = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
  private static final String INDEX_FIELD =
      "metadata.annotations['batch.kubernetes.io/job-completion-index']";

  static Stream<Path> kustomizations() throws IOException {
    try (Stream<Path> files = Files.walk(DeployManifests.DEPLOY)) {
      return files.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
          .map(Path::getParent).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("kustomizations")
  void render_everyKustomization_fitsTheKubernetesModelWithUniqueNames(Path folder) {
    List<HasMetadata> objects = KubeObjects.parseAll(Kustomize.render(folder));

    assertThat(objects).isNotEmpty();
    assertThat(objects).extracting(o -> o.getKind() + "/" + o.getMetadata().getName())
        .doesNotHaveDuplicates();
  }

  @Test
  void kustomizations_coverTheBasesAndOverlays() throws IOException {
    assertThat(kustomizations().map(p -> DeployManifests.DEPLOY.relativize(p).toString()))
        .contains("base/store", "base/gateway", "base/bench", "overlays/gateway-3",
            "overlays/bench-10");
  }

  @Test
  void gatewayYaml_parsesWithGatewayConfigReader_usingOnlyTheContainersEnvironment() {
    Container gateway = gatewayContainer();
    Set<String> env = envNames(gateway);

    GatewayConfig config = gatewayConfig();

    assertThat(config.backends()).containsKeys("flash", "maverick");
    assertThat(config.backends().get("flash").apiKey()).isEqualTo("value-of-GEMINI_API_KEY");
    assertThat(config.logging().spool()).satisfies(spool ->
        assertThat(mountFor(gateway, spool)).as("spool %s is on a writable volume", spool)
            .hasValueSatisfying(m -> assertThat(m.getReadOnly()).isNotEqualTo(Boolean.TRUE)));
    assertThat(env).contains(StoreLocation.ENV_USER, StoreLocation.ENV_PASSWORD);
    GuardConfig guard = GuardConfig.fromNode(config.guard().orElseThrow(), "guard");
    assertThat(guard).isNotNull();
  }

  @Test
  void gatewayContainer_runsTheConfigFromTheConfigMap() {
    Container gateway = gatewayContainer();
    List<String> args = gateway.getArgs();

    assertThat(args).startsWith("gateway", "--config");
    String configPath = args.get(args.indexOf("--config") + 1);
    VolumeMount mount = mountFor(gateway, configPath).orElseThrow();
    Volume volume = volume(gatewayPod(), mount.getName());
    assertThat(volume.getConfigMap()).as("the config comes from a ConfigMap").isNotNull();
    String key = keyBehind(volume.getConfigMap().getItems(), mount, configPath);
    assertThat(named(all(), ConfigMap.class, volume.getConfigMap().getName()).getData())
        .containsKey(key);
  }

  @Test
  void gatewayPort_isTheListenPort_andEveryProbeAndServiceUsesIt() {
    Container gateway = gatewayContainer();
    int listen = gatewayConfig().port();
    ContainerPort http = gateway.getPorts().getFirst();

    assertThat(gateway.getPorts()).hasSize(1);
    assertThat(http.getContainerPort()).isEqualTo(listen);
    assertThat(gatewayConfig().host()).as("reachable from other pods").isEqualTo("0.0.0.0");
    for (Probe probe : List.of(gateway.getReadinessProbe(), gateway.getLivenessProbe())) {
      assertThat(portNumber(probe.getHttpGet().getPort(), gateway)).isEqualTo(listen);
    }
    Service service = named(all(), Service.class, "versus-gateway");
    assertThat(service.getSpec().getSelector().entrySet())
        .isSubsetOf(gatewayPod().getMetadata().getLabels().entrySet());
    assertThat(portNumber(service.getSpec().getPorts().getFirst().getTargetPort(), gateway))
        .isEqualTo(listen);
  }

  @Test
  void gatewayProbes_readinessOnReady_livenessOnHealth() {
    Container gateway = gatewayContainer();

    assertThat(gateway.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/ready");
    assertThat(gateway.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health");
  }

  @Test
  void keysFile_isMountedFromTheSecret_andParsesAsApiKeys() throws IOException {
    Container gateway = gatewayContainer();
    String keysFile = gatewayConfig().keysFile().orElseThrow();
    VolumeMount mount = mountFor(gateway, keysFile).orElseThrow();
    Volume volume = volume(gatewayPod(), mount.getName());

    assertThat(volume.getSecret()).as("the keys file comes from a Secret").isNotNull();
    String key = keyBehind(volume.getSecret().getItems(), mount, keysFile);
    String text = secretValue(volume.getSecret().getSecretName(), key);
    Path file = Files.createTempFile("keys", ".yaml");
    try {
      Files.writeString(file, text);
      ApiKeys keys = ApiKeys.read(file);
      assertThat(keys.isEmpty()).isFalse();
      assertThat(keys.authenticate("vs-demo-changeme")).as("the documented demo key").isPresent();
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void everySecretAndConfigMapReference_namesAnExistingKey() {
    List<String> checked = new ArrayList<>();
    for (PodSpec pod : podSpecs()) {
      for (Container c : pod.getContainers()) {
        for (EnvVar e : c.getEnv()) {
          if (e.getValueFrom() == null) {
            continue;
          }
          var secret = e.getValueFrom().getSecretKeyRef();
          var map = e.getValueFrom().getConfigMapKeyRef();
          if (secret != null) {
            assertThat(secretKeys(secret.getName())).as("env %s", e.getName()).contains(secret.getKey());
            checked.add(e.getName());
          } else if (map != null) {
            assertThat(named(all(), ConfigMap.class, map.getName()).getData())
                .as("env %s", e.getName()).containsKey(map.getKey());
            checked.add(e.getName());
          }
        }
      }
      for (Volume v : pod.getVolumes()) {
        if (v.getSecret() != null) {
          v.getSecret().getItems().forEach(item ->
              assertThat(secretKeys(v.getSecret().getSecretName())).contains(item.getKey()));
          checked.add(v.getName());
        }
        if (v.getConfigMap() != null) {
          v.getConfigMap().getItems().forEach(item ->
              assertThat(named(all(), ConfigMap.class, v.getConfigMap().getName()).getData())
                  .containsKey(item.getKey()));
          checked.add(v.getName());
        }
      }
    }
    assertThat(checked).contains("VERSUS_STORE_PASSWORD", "GEMINI_API_KEY", "RUN_ID", "keys", "config");
  }

  @Test
  void storeUrls_pointAtThePostgresServiceAndDatabase() {
    StatefulSet postgres = named(all(), StatefulSet.class, "versus-postgres");
    Container pg = postgres.getSpec().getTemplate().getSpec().getContainers().getFirst();
    String database = pg.getEnv().stream().filter(e -> e.getName().equals("POSTGRES_DB"))
        .findFirst().orElseThrow().getValue();
    Service service = named(all(), Service.class, postgres.getSpec().getServiceName());
    assertThat(service.getSpec().getSelector().entrySet())
        .isSubsetOf(postgres.getSpec().getTemplate().getMetadata().getLabels().entrySet());
    ServicePort port = service.getSpec().getPorts().getFirst();
    assertThat(portNumber(port.getTargetPort(), pg)).isEqualTo(port.getPort());

    List<String> urls = List.of(gatewayConfig().logging().store(),
        gatewayConfig().limits().shared().orElseThrow(),
        argAfter(DeployManifests.benchContainer("bench-10"), "--store"));
    for (String url : urls) {
      StoreLocation location = StoreLocation.parse(url, Map.of());
      assertThat(location.vendor()).isEqualTo(StoreLocation.Vendor.POSTGRESQL);
      URI uri = URI.create(location.jdbcUrl().substring("jdbc:".length()));
      assertThat(uri.getHost()).as(url).isEqualTo(service.getMetadata().getName());
      assertThat(uri.getPort()).as(url).isEqualTo(port.getPort());
      assertThat(uri.getPath()).as(url).isEqualTo("/" + database);
    }
  }

  @Test
  void hpa_scalesTheGatewayDeployment_fromItsReplicaCount() {
    HorizontalPodAutoscaler hpa = named(all(), HorizontalPodAutoscaler.class, "versus-gateway");
    Deployment deployment = gatewayDeployment();

    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo(deployment.getApiVersion());
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(deployment.getSpec().getReplicas());
    assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
    assertThat(hpa.getSpec().getMetrics()).extracting(m -> m.getResource().getName()).contains("cpu");
  }

  @ParameterizedTest
  @MethodSource("benchFolders")
  void benchJob_isIndexed_andItsShardArgumentMatchesTheCompletions(Path folder) {
    Job job = KubeObjects.named(KubeObjects.parseAll(Kustomize.render(folder)), Job.class, "versus-bench");
    Container bench = job.getSpec().getTemplate().getSpec().getContainers().getFirst();
    int n = job.getSpec().getCompletions();

    assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
    assertThat(job.getSpec().getParallelism()).as("all shards run at once").isEqualTo(n);
    assertThat(job.getSpec().getBackoffLimit()).as("a shard never runs twice").isZero();
    assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    assertThat(bench.getArgs().getFirst()).isEqualTo("bench");
    assertThat(argAfter(bench, "--shard")).isEqualTo("$(JOB_COMPLETION_INDEX)/" + n);
    EnvVar index = bench.getEnv().stream()
        .filter(e -> e.getName().equals("JOB_COMPLETION_INDEX")).findFirst().orElseThrow();
    assertThat(index.getValueFrom().getFieldRef().getFieldPath()).isEqualTo(INDEX_FIELD);
    for (int i = 0; i < n; i++) {
      String shard = argAfter(bench, "--shard").replace("$(JOB_COMPLETION_INDEX)", Integer.toString(i));
      String[] parts = shard.split("/");
      assertThat(new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])))
          .isEqualTo(new Shard(i, n));
    }
  }

  static Stream<Path> benchFolders() {
    return Stream.of(DeployManifests.DEPLOY.resolve("base/bench"),
        DeployManifests.DEPLOY.resolve("overlays/bench-10"));
  }

  @Test
  void benchJob_tenShards_shareOneRunIdAndStartFromOneConfigMap() {
    Container bench = DeployManifests.benchContainer("bench-10");
    Job job = named(DeployManifests.overlay("bench-10"), Job.class, "versus-bench");

    assertThat(job.getSpec().getCompletions()).isEqualTo(10);
    assertThat(argAfter(bench, "--run-id")).isEqualTo("$(RUN_ID)");
    assertThat(argAfter(bench, "--start-at")).isEqualTo("$(START_AT)");
    Map<String, String> run = named(all(), ConfigMap.class, "versus-bench-run").getData();
    assertThat(run.get("RUN_ID")).matches("[A-Za-z0-9._:-]{1,64}");
    assertThat(java.time.Instant.parse(run.get("START_AT"))).isNotNull();
  }

  @Test
  void argumentVariables_areAllDeclaredInTheContainersEnvironment() {
    for (PodSpec pod : podSpecs()) {
      for (Container c : pod.getContainers()) {
        Set<String> env = envNames(c);
        for (String arg : Optional.ofNullable(c.getArgs()).orElse(List.of())) {
          Matcher m = VAR_REF.matcher(arg);
          while (m.find()) {
            assertThat(env).as("$(%s) in %s's args", m.group(1), c.getName()).contains(m.group(1));
          }
        }
      }
    }
  }

  @Test
  void everyContainer_hasCpuAndMemoryRequestsAndLimits_noGpu_andRunsAsNonRoot() {
    assertThat(podSpecs()).hasSize(3);
    for (PodSpec pod : podSpecs()) {
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
      for (Container c : pod.getContainers()) {
        var resources = c.getResources();
        assertThat(resources.getRequests()).as(c.getName()).containsKeys("cpu", "memory");
        assertThat(resources.getLimits()).as(c.getName()).containsKeys("cpu", "memory");
        assertThat(resources.getLimits().keySet()).as(c.getName()).allMatch(k -> !k.contains("gpu"));
        assertThat(resources.getRequests().keySet()).allMatch(k -> !k.contains("gpu"));
      }
    }
  }

  @Test
  void images_areTheProjectImageAtThePomVersion_orPinnedThirdPartyImages() throws IOException {
    String projectImage = ContainerfileTest.documentedTag();
    Set<String> seen = new HashSet<>();
    for (PodSpec pod : podSpecs()) {
      for (Container c : pod.getContainers()) {
        seen.add(c.getImage());
        if (c.getImage().startsWith("versus:")) {
          assertThat(c.getImage()).isEqualTo(projectImage);
          assertThat(pod.getSecurityContext().getRunAsUser())
              .as("the Containerfile's user").isEqualTo(ContainerfileTest.user());
        } else {
          assertThat(c.getImage()).as("pinned to a version").matches(".+:[0-9][^:]*")
              .doesNotEndWith(":latest");
        }
      }
    }
    assertThat(seen).contains(projectImage);
  }

  // --- helpers ---

  private static List<HasMetadata> all() {
    return DeployManifests.all();
  }

  private static Deployment gatewayDeployment() {
    return named(all(), Deployment.class, "versus-gateway");
  }

  private static PodTemplateSpec gatewayPod() {
    return gatewayDeployment().getSpec().getTemplate();
  }

  private static Container gatewayContainer() {
    return gatewayPod().getSpec().getContainers().getFirst();
  }

  private static GatewayConfig gatewayConfig() {
    Set<String> env = envNames(gatewayContainer());
    String yaml = named(all(), ConfigMap.class, "versus-gateway").getData().get("gateway.yaml");
    return GatewayConfigReader.parse("ConfigMap versus-gateway gateway.yaml", yaml,
        name -> env.contains(name) ? "value-of-" + name : null);
  }

  private static List<PodSpec> podSpecs() {
    List<PodSpec> pods = new ArrayList<>();
    ofKind(all(), Deployment.class).forEach(d -> pods.add(d.getSpec().getTemplate().getSpec()));
    ofKind(all(), StatefulSet.class).forEach(s -> pods.add(s.getSpec().getTemplate().getSpec()));
    ofKind(all(), Job.class).forEach(j -> pods.add(j.getSpec().getTemplate().getSpec()));
    return pods;
  }

  private static Set<String> envNames(Container c) {
    Set<String> names = new HashSet<>();
    c.getEnv().forEach(e -> names.add(e.getName()));
    return names;
  }

  private static String argAfter(Container c, String flag) {
    List<String> args = c.getArgs();
    int i = args.indexOf(flag);
    assertThat(i).as("%s in %s", flag, args).isNotNegative();
    return args.get(i + 1);
  }

  /** The mount whose path holds {@code file} (the file itself for subPath mounts). */
  private static Optional<VolumeMount> mountFor(Container c, String file) {
    return c.getVolumeMounts().stream()
        .filter(m -> file.equals(m.getMountPath()) || file.startsWith(m.getMountPath() + "/"))
        .findFirst();
  }

  private static Volume volume(PodTemplateSpec pod, String name) {
    return pod.getSpec().getVolumes().stream().filter(v -> v.getName().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no volume " + name));
  }

  /** The ConfigMap or Secret key projected at {@code file} through {@code mount}. */
  private static String keyBehind(List<KeyToPath> items, VolumeMount mount, String file) {
    String inVolume = file.equals(mount.getMountPath())
        ? mount.getSubPath() : file.substring(mount.getMountPath().length() + 1);
    return items.stream().filter(i -> i.getPath().equals(inVolume)).findFirst()
        .orElseThrow(() -> new AssertionError(file + " is not projected by " + mount.getName()))
        .getKey();
  }

  private static Set<String> secretKeys(String name) {
    Secret s = named(all(), Secret.class, name);
    Set<String> keys = new HashSet<>();
    if (s.getData() != null) {
      keys.addAll(s.getData().keySet());
    }
    if (s.getStringData() != null) {
      keys.addAll(s.getStringData().keySet());
    }
    return keys;
  }

  private static String secretValue(String name, String key) {
    return named(all(), Secret.class, name).getStringData().get(key);
  }

  private static int portNumber(IntOrString port, Container c) {
    if (port.getIntVal() != null) {
      return port.getIntVal();
    }
    return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()))
        .getContainerPort();
  }
}
