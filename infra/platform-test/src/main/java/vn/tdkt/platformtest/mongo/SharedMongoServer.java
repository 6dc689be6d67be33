package vn.tdkt.platformtest.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * The MongoDB-wire server tests use when no real MongoDB is given: one in-memory server per JVM on a free
 * port. Set {@code MONGODB_URI} to run the same tests against a real MongoDB instead.
 */
public final class SharedMongoServer {

    private static MongoServer server;
    private static String uri;

    private SharedMongoServer() {
    }

    public static synchronized String uri() {
        String external = System.getenv("MONGODB_URI");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (server == null) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            uri = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-test-server-stop"));
        }
        return uri;
    }
}
