package vn.tdkt.platformtest.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.mongowire.IndexStatistics;
import vn.tdkt.mongowire.IndexedMemoryBackend;

/**
 * The MongoDB-wire server tests use when no real MongoDB is given: one in-memory server per JVM on a free
 * port, with secondary indexes ({@link IndexedMemoryBackend}). Set {@code MONGODB_URI} to run the same tests
 * against a real MongoDB instead.
 */
public final class SharedMongoServer {

    private static MongoServer server;
    private static IndexedMemoryBackend backend;
    private static String uri;
    private static MongoClient client;

    private SharedMongoServer() {
    }

    public static synchronized String uri() {
        String external = System.getenv("MONGODB_URI");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (server == null) {
            backend = new IndexedMemoryBackend();
            server = new MongoServer(backend);
            InetSocketAddress address = server.bind();
            uri = "mongodb://127.0.0.1:" + address.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-test-server-stop"));
        }
        return uri;
    }

    /** One client for all the tests of the JVM that talk to the database without Spring, closed at shutdown. */
    public static synchronized MongoClient client() {
        if (client == null) {
            client = MongoClients.create(uri());
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "mongo-test-client-close"));
        }
        return client;
    }

    /** A template on a database of its own ({@code <prefix>-<random>}), so no test sees another's documents. */
    public static MongoTemplate freshDatabase(String prefix) {
        return new MongoTemplate(client(), prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** What the in-process server's indexes served; empty when the tests run against a real MongoDB. */
    public static synchronized Optional<IndexStatistics> indexStatistics() {
        uri();
        return Optional.ofNullable(backend).map(IndexedMemoryBackend::statistics);
    }
}
