package vn.tdkt.localstack.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import vn.tdkt.localstack.support.Ports;

/**
 * A MongoDB wire-protocol server (mongo-java-server) in this JVM, backed by an H2 MVStore file
 * {@code <dataDir>/mongo/tdkt.mv} so that data survives a restart. No {@code mongod} binary can be installed on the
 * build machines; production uses a MongoDB replica set.
 */
public final class MongoWireServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoWireServer.class);

    private final Path storeFile;
    private final int port;
    private MongoServer server;
    private CountingH2Backend backend;

    /**
     * @param stackDataDir the local stack's data folder; the store is {@code mongo/tdkt.mv} in it
     * @param port         the port, 0 for a free one (kept across restarts of this instance)
     */
    public MongoWireServer(Path stackDataDir, int port) {
        this.storeFile = storeFile(stackDataDir).toAbsolutePath();
        this.port = Ports.resolve(port);
    }

    /** Where the H2 store of a stack's data folder lives. */
    static Path storeFile(Path stackDataDir) {
        return stackDataDir.resolve("mongo").resolve("tdkt.mv");
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(storeFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + storeFile.getParent(), e);
        }
        CountingH2Backend counting = new CountingH2Backend(storeFile.toString());
        MongoServer starting = new MongoServer(counting);
        try {
            // All interfaces, like mongod with --bind_ip_all: "localhost" may resolve to ::1 or 127.0.0.1.
            starting.bind(new InetSocketAddress(port));
        } catch (RuntimeException e) {
            starting.shutdownNow();
            throw new IllegalStateException("Cannot start the MongoDB-wire server on port " + port
                    + " (is a mongod already running there?)", e);
        }
        server = starting;
        backend = counting;
        log.info("MongoDB-wire server ready on {} (H2 store {})", connectionString(), storeFile);
    }

    /** Closes the connections and the H2 store, which flushes it to disk. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
            backend = null;
            log.info("MongoDB-wire server on port {} stopped", port);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Commands (driver round trips) served since this server last started, per database and command name, e.g.
     * {@code {tdkt-nomination={find=12, update=30}}}; empty when it is stopped.
     */
    public synchronized java.util.Map<String, java.util.Map<String, Long>> commandCounts() {
        return backend == null ? java.util.Map.of() : backend.counts();
    }

    /** As {@link #commandCounts()}, keyed by command and collection, e.g. {@code {tdkt-nomination={find dossiers=12}}}. */
    public synchronized java.util.Map<String, java.util.Map<String, Long>> commandCountsByCollection() {
        return backend == null ? java.util.Map.of() : backend.countsByCollection();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path storeFile() {
        return storeFile;
    }
}
