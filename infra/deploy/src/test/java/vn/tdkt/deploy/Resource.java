package vn.tdkt.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One rendered Kubernetes object, and the file it came from (for messages). */
record Resource(Map<String, Object> body, Path source) {

    String kind() {
        return Yamls.stringAt(body, "kind");
    }

    String apiVersion() {
        return Yamls.stringAt(body, "apiVersion");
    }

    String name() {
        return Yamls.stringAt(body, "metadata.name");
    }

    String namespace() {
        return Yamls.stringAt(body, "metadata.namespace");
    }

    Map<String, Object> spec() {
        return Yamls.mapAt(body, "spec");
    }

    boolean is(String kind) {
        return kind.equals(kind());
    }

    /** The pod template of a Deployment, StatefulSet or Job (its {@code spec}), or an empty map. */
    Map<String, Object> podSpec() {
        return Yamls.mapAt(body, "spec.template.spec");
    }

    Map<String, Object> podLabels() {
        return Yamls.mapAt(body, "spec.template.metadata.labels");
    }

    List<Map<String, Object>> containers() {
        return Yamls.listAt(podSpec(), "containers").stream().map(Yamls::map).toList();
    }

    List<Map<String, Object>> initContainers() {
        return Yamls.listAt(podSpec(), "initContainers").stream().map(Yamls::map).toList();
    }

    boolean hasPodTemplate() {
        return is("Deployment") || is("StatefulSet") || is("Job") || is("DaemonSet");
    }

    @Override
    public String toString() {
        return kind() + "/" + name() + " (" + source + ")";
    }
}
