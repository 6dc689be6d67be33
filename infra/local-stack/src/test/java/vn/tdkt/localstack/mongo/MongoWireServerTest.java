package vn.tdkt.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

class MongoWireServerTest {

    @TempDir
    Path dataDir;

    private MongoWireServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void keepsDocumentsAcrossARestart() {
        // given a server with one document written
        server = new MongoWireServer(dataDir, 0);
        server.start();
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            plans(client).insertOne(new Document("_id", "kh-2025").append("title", "Kế hoạch TĐKT năm 2025"));
        }

        // when the server restarts on the same data folder
        server.stop();
        assertThat(server.storeFile()).exists();
        server = new MongoWireServer(dataDir, 0);
        server.start();

        // then the document is still there
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            Document plan = plans(client).find(Filters.eq("_id", "kh-2025")).first();
            assertThat(plan).isNotNull();
            assertThat(plan.getString("title")).isEqualTo("Kế hoạch TĐKT năm 2025");
        }
    }

    private static MongoCollection<Document> plans(MongoClient client) {
        return client.getDatabase("tdkt-plan").getCollection("plans");
    }
}
