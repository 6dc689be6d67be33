package vn.tdkt.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and this module's files are, and the version the build gives the images. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        String configured = System.getProperty("tdkt.repo.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("infra/deploy/k8s")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found from " + start);
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path deploy() {
        return root().resolve("infra/deploy");
    }

    static Path k8s() {
        return deploy().resolve("k8s");
    }

    static Path overlay(String name) {
        return k8s().resolve("overlays").resolve(name);
    }

    /** The version Jib tags the images with ({@code <image.prefix>/<service>:<project version>}). */
    static String projectVersion() {
        String version = System.getProperty("tdkt.project.version");
        if (version == null) {
            throw new IllegalStateException("tdkt.project.version is set by the module's surefire configuration");
        }
        return version;
    }
}
