package vn.tdkt.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import vn.tdkt.localstack.LocalStack;

/**
 * How an end-to-end test starts its stack: this repository's services, on ephemeral ports, in a data directory of
 * its own. A test adds what it needs (system properties, instances) before {@code start()}.
 */
public final class E2eStacks {

    /** How long a service may take to start on a loaded machine, unless the test says otherwise. */
    public static final Duration STARTUP = Duration.ofMinutes(4);

    private E2eStacks() {
    }

    /** The repository: {@code -Dtdkt.repo.root}, or two levels above this module. */
    public static Path repoRoot() {
        return Path.of(System.getProperty("tdkt.repo.root", "../..")).toAbsolutePath().normalize();
    }

    /** A stack of the repository on ephemeral ports, in a new temporary directory named {@code <dataDirPrefix>…}. */
    public static LocalStack.Builder builder(String dataDirPrefix) {
        try {
            return LocalStack.builder()
                    .repoRoot(repoRoot())
                    .dataDir(Files.createTempDirectory(dataDirPrefix))
                    .ephemeralPorts()
                    .serviceStartupTimeout(STARTUP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
