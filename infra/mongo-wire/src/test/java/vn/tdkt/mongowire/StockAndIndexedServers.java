package vn.tdkt.mongowire;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A stock wire server (scans and matches every document) beside an indexed one, each with a client. */
final class StockAndIndexedServers implements AutoCloseable {

    final IndexedMemoryBackend indexedBackend = new IndexedMemoryBackend();
    private final MongoServer plainServer = new MongoServer(new MemoryBackend());
    private final MongoServer indexedServer = new MongoServer(indexedBackend);
    final MongoClient plain = MongoClients.create("mongodb://127.0.0.1:" + plainServer.bind().getPort());
    final MongoClient indexed = MongoClients.create("mongodb://127.0.0.1:" + indexedServer.bind().getPort());

    @Override
    public void close() {
        plain.close();
        indexed.close();
        plainServer.shutdownNow();
        indexedServer.shutdownNow();
    }
}
