package vn.tdkt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl apply -k} does, for the features these manifests use:
 * {@code resources} (files and directories), {@code patches} (strategic merge, or RFC 6902 when the patch is a list;
 * by {@code target} kind/name or, for a strategic merge without target, by the patch's own kind and name),
 * {@code namespace}, {@code images} and {@code configMapGenerator} (files). Anything else in a kustomization fails
 * the rendering, so a feature added to the manifests cannot silently escape the checks.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "patches", "namespace",
            "images", "configMapGenerator");

    /** Every file a kustomization named (resources, patches, generator files), for the no-orphan check. */
    private final Set<Path> referenced = new LinkedHashSet<>();

    Set<Path> referencedFiles() {
        return referenced;
    }

    List<Resource> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        require(file, directory);
        referenced.add(file.normalize());
        Map<String, Object> kustomization = Yamls.map(Yamls.load(file));
        for (String key : kustomization.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new IllegalStateException(file + ": '" + key + "' is not rendered by this test; extend Kustomize");
            }
        }
        List<Resource> resources = new ArrayList<>();
        for (Object entry : Yamls.list(kustomization.get("resources"))) {
            Path path = directory.resolve(String.valueOf(entry)).normalize();
            require(path, file);
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else {
                referenced.add(path);
                for (Object document : Yamls.loadAll(path)) {
                    resources.add(new Resource(copy(Yamls.map(document)), path));
                }
            }
        }
        for (Object generator : Yamls.list(kustomization.get("configMapGenerator"))) {
            resources.add(generateConfigMap(directory, file, Yamls.map(generator)));
        }
        for (Object entry : Yamls.list(kustomization.get("patches"))) {
            applyPatch(directory, file, Yamls.map(entry), resources);
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            resources.forEach(r -> Yamls.map(r.body().get("metadata")).put("namespace", namespace));
        }
        for (Object image : Yamls.list(kustomization.get("images"))) {
            setImage(Yamls.map(image), resources);
        }
        return resources;
    }

    private void applyPatch(Path directory, Path kustomization, Map<String, Object> entry, List<Resource> resources) {
        Object patch;
        Path source;
        if (entry.containsKey("path")) {
            source = directory.resolve(String.valueOf(entry.get("path"))).normalize();
            require(source, kustomization);
            referenced.add(source);
            List<Object> documents = Yamls.loadAll(source);
            patch = documents.size() == 1 ? documents.get(0) : documents;
        } else {
            source = kustomization;
            patch = new org.yaml.snakeyaml.Yaml().load(String.valueOf(entry.get("patch")));
        }
        Map<String, Object> target = Yamls.map(entry.get("target"));
        boolean jsonPatch = patch instanceof List<?> ops && !ops.isEmpty() && Yamls.map(ops.get(0)).containsKey("op");
        List<Object> patches = jsonPatch || !(patch instanceof List<?>) ? List.of(patch) : Yamls.list(patch);
        for (Object one : patches) {
            int applied = 0;
            for (Resource resource : resources) {
                boolean matches = target.isEmpty()
                        ? resource.is(Yamls.stringAt(one, "kind")) && resource.name().equals(Yamls.stringAt(one, "metadata.name"))
                        : (target.get("kind") == null || resource.is(String.valueOf(target.get("kind"))))
                          && (target.get("name") == null || resource.name().equals(String.valueOf(target.get("name"))));
                if (matches) {
                    if (jsonPatch) {
                        JsonPatch.apply(resource.body(), Yamls.list(one));
                    } else {
                        StrategicMerge.merge(resource.body(), Yamls.map(one));
                    }
                    applied++;
                }
            }
            if (applied == 0) {
                throw new IllegalStateException(source + ": the patch matches no resource");
            }
        }
    }

    private Resource generateConfigMap(Path directory, Path kustomization, Map<String, Object> generator) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (Object entry : Yamls.list(generator.get("files"))) {
            Path file = directory.resolve(String.valueOf(entry)).normalize();
            require(file, kustomization);
            referenced.add(file);
            try {
                data.put(file.getFileName().toString(), Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", generator.get("name"));
        metadata.put("labels", new LinkedHashMap<>(Yamls.mapAt(generator, "options.labels")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiVersion", "v1");
        body.put("kind", "ConfigMap");
        body.put("metadata", metadata);
        body.put("data", data);
        return new Resource(body, kustomization);
    }

    private static void setImage(Map<String, Object> image, List<Resource> resources) {
        String name = String.valueOf(image.get("name"));
        for (Resource resource : resources) {
            List<Map<String, Object>> containers = new ArrayList<>(resource.containers());
            containers.addAll(resource.initContainers());
            for (Map<String, Object> container : containers) {
                String current = String.valueOf(container.get("image"));
                int colon = current.lastIndexOf(':');
                String repository = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : "latest";
                if (repository.equals(name)) {
                    String newName = image.containsKey("newName") ? String.valueOf(image.get("newName")) : repository;
                    String newTag = image.containsKey("newTag") ? String.valueOf(image.get("newTag")) : tag;
                    container.put("image", newName + ":" + newTag);
                }
            }
        }
    }

    private static void require(Path path, Path referencedFrom) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(referencedFrom + " refers to " + path + ", which does not exist");
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return value;
    }
}
