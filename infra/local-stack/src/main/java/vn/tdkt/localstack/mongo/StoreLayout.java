package vn.tdkt.localstack.mongo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layout in which the services store their aggregates, written next to the embedded MongoDB store of a data
 * folder. Layout 2 holds every aggregate under the one field {@code aggregate}; layout 1 (builds before it) held it
 * under a field per type ({@code task}, {@code dossier}, …), which this build would read as empty aggregates and
 * whose indexes name other paths. A data folder of an older layout is therefore moved aside, whole (its Kafka log
 * and demo marker belong to the same data), and the stack starts on a fresh one.
 */
public final class StoreLayout {

    /** The layout this build writes. */
    public static final int CURRENT = 2;

    static final String MARKER = "store-layout";

    private static final Logger log = LoggerFactory.getLogger(StoreLayout.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StoreLayout() {
    }

    /**
     * Makes {@code dataDir} a folder of the current layout: a folder without an embedded store is marked as it is;
     * one whose store is of an older layout is renamed to {@code <name>.layout-<N>-<time>} and replaced by an empty
     * one.
     *
     * @return where the older folder was moved, or {@code null} when nothing was moved
     */
    public static Path prepare(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path marker = dataDir.resolve(MARKER);
            int found = Files.isRegularFile(marker) ? Integer.parseInt(Files.readString(marker).strip())
                    : Files.exists(MongoWireServer.storeFile(dataDir)) ? 1 : CURRENT;
            Path movedTo = null;
            if (found != CURRENT) {
                movedTo = dataDir.resolveSibling(dataDir.getFileName() + ".layout-" + found + "-"
                        + LocalDateTime.now().format(STAMP));
                Files.move(dataDir, movedTo);
                Files.createDirectories(dataDir);
                log.warn("The data folder {} was written in storage layout {}, which this build does not read; it is "
                        + "now {}, and the stack starts on an empty folder (the demo data is loaded again)", dataDir,
                        found, movedTo);
            }
            Files.writeString(marker, CURRENT + "\n", StandardCharsets.UTF_8);
            return movedTo;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot check the storage layout of " + dataDir, e);
        }
    }
}
