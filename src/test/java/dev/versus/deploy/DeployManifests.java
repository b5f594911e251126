package dev.versus.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifests under deploy/ as a cluster would receive them: both overlays rendered and parsed
 * strictly. Public for tests in other packages (the bench command's parser lives in cli).
 */
public final class DeployManifests {
  /** deploy/ relative to the project folder, which is Maven's working directory for tests. */
  public static final Path DEPLOY = Path.of("deploy");
  /** The overlays a user applies, in the order deploy/README.md applies them. */
  public static final List<String> OVERLAYS = List.of("gateway-3", "bench-10");

  private DeployManifests() {}

  /** Every object of every overlay. */
  public static List<HasMetadata> all() {
    List<HasMetadata> out = new ArrayList<>();
    for (String overlay : OVERLAYS) {
      out.addAll(overlay(overlay));
    }
    return out;
  }

  /** One overlay's objects. */
  public static List<HasMetadata> overlay(String name) {
    return KubeObjects.parseAll(Kustomize.render(DEPLOY.resolve("overlays").resolve(name)));
  }

  /** The distributed bench Job's container of an overlay. */
  public static Container benchContainer(String overlay) {
    Job job = KubeObjects.named(overlay(overlay), Job.class, "versus-bench");
    return job.getSpec().getTemplate().getSpec().getContainers().getFirst();
  }
}
