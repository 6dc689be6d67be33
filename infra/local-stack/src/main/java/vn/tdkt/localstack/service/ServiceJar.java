package vn.tdkt.localstack.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;

/** Finds the executable jar ({@code -exec} classifier, built by spring-boot-maven-plugin) of a service module. */
public final class ServiceJar {

    private ServiceJar() {
    }

    /** {@code <repoRoot>/<name>/target/<name>-<version>-exec.jar}, the newest one if several versions are there. */
    public static Path locate(Path repoRoot, String serviceName) {
        Path target = repoRoot.resolve(serviceName).resolve("target");
        String prefix = serviceName + "-";
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                        .filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
                        .max(Comparator.comparing(ServiceJar::lastModified))
                        .orElseThrow(() -> missing(target, serviceName));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + target, e);
            }
        }
        throw missing(target, serviceName);
    }

    private static IllegalStateException missing(Path target, String serviceName) {
        return new IllegalStateException("No executable jar " + serviceName + "-<version>-exec.jar in " + target
                + ": run ./mvnw -DskipTests package first");
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
