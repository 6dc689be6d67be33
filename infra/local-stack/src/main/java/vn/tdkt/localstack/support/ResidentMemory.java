package vn.tdkt.localstack.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/** Resident memory (RSS) of a process, read from {@code /proc}; empty where there is no procfs. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    public static OptionalLong bytes(long pid) {
        if (pid <= 0) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kiloBytes = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kiloBytes) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    public static String format(long bytes) {
        return bytes >= 1024L * 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024))
                : String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }
}
