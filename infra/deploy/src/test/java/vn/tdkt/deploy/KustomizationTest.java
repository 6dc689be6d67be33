package vn.tdkt.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every overlay renders, every file it names exists, and no manifest lies outside every kustomization. */
class KustomizationTest {

    @ForEachOverlay
    void overlayRendersToUniquelyNamedResources(String overlay) {
        List<Resource> resources = Rendered.overlay(overlay);

        assertThat(resources).isNotEmpty();
        Set<String> seen = new HashSet<>();
        for (Resource resource : resources) {
            assertThat(resource.apiVersion()).as("apiVersion of %s", resource).isNotBlank();
            assertThat(resource.name()).as("name of %s", resource).isNotBlank();
            assertThat(resource.namespace()).as("namespace of %s", resource).isEqualTo(overlay.equals("prod") ? "tdkt" : "tdkt-dev");
            assertThat(seen.add(resource.kind() + "/" + resource.name())).as("duplicate %s", resource).isTrue();
        }
    }

    @Test
    void everyManifestFileBelongsToAKustomization() throws IOException {
        Kustomize kustomize = new Kustomize();
        Rendered.OVERLAYS.forEach(o -> kustomize.render(Repo.overlay(o)));
        Set<Path> referenced = kustomize.referencedFiles();

        try (Stream<Path> files = Stream.concat(Files.walk(Repo.k8s()), Files.walk(Repo.deploy().resolve("observability")))) {
            List<Path> orphans = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("metrics.yaml"))
                    .map(Path::normalize)
                    .filter(f -> !referenced.contains(f))
                    .toList();
            assertThat(orphans).as("manifests no overlay applies").isEmpty();
        }
    }

    @Test
    void aMissingFileFailsTheRendering() throws IOException {
        Path overlay = Files.createTempDirectory("overlay");
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources:\n  - " + Repo.k8s().resolve("base") + "\npatches:\n  - path: missing.yaml\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Kustomize().render(overlay))
                .hasMessageContaining("missing.yaml, which does not exist");
    }
}
