package vn.tdkt.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The overlays, rendered once per test run. */
final class Rendered {

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, List<Resource>> CACHE = new ConcurrentHashMap<>();

    private Rendered() {
    }

    static List<Resource> overlay(String name) {
        return CACHE.computeIfAbsent(name, n -> List.copyOf(new Kustomize().render(Repo.overlay(n))));
    }

    static List<Resource> ofKind(List<Resource> resources, String kind) {
        return resources.stream().filter(r -> r.is(kind)).toList();
    }

    static Optional<Resource> find(List<Resource> resources, String kind, String name) {
        return resources.stream().filter(r -> r.is(kind) && name.equals(r.name())).findFirst();
    }

    static Resource get(List<Resource> resources, String kind, String name) {
        return find(resources, kind, name).orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }
}
