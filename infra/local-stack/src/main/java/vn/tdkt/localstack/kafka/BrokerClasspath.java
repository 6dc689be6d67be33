package vn.tdkt.localstack.kafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class path of the broker JVM: the runtime dependencies of this module, listed at build time by
 * maven-dependency-plugin into {@code broker-classpath.txt}. Falls back to the launcher's own class path when that
 * list is missing or names a jar that is gone (e.g. a cleaned local repository).
 */
final class BrokerClasspath {

    private static final Logger log = LoggerFactory.getLogger(BrokerClasspath.class);
    private static final String RESOURCE = "/vn/tdkt/localstack/broker-classpath.txt";

    private BrokerClasspath() {
    }

    static String resolve() {
        String listed = readListedClasspath();
        if (listed != null && allEntriesExist(listed)) {
            return listed;
        }
        log.debug("Using the launcher's class path for the Kafka broker");
        return System.getProperty("java.class.path");
    }

    private static String readListedClasspath() {
        try (InputStream in = BrokerClasspath.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static boolean allEntriesExist(String classpath) {
        return !classpath.isEmpty() && Arrays.stream(classpath.split(File.pathSeparator))
                .allMatch(entry -> Files.exists(Path.of(entry)));
    }
}
