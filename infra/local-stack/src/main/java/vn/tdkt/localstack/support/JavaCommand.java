package vn.tdkt.localstack.support;

import java.nio.file.Path;

/** The java executable of the running JVM, so children run on the same JDK as the launcher. */
public final class JavaCommand {

    private JavaCommand() {
    }

    public static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
