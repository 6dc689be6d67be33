package vn.tdkt.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's H2 store: secondary indexes are rebuilt from the stored documents when the server restarts. */
class H2BackendRestartTest {

    @Test
    void secondary_indexes_serve_queries_again_after_a_restart(@TempDir Path directory) {
        String file = directory.resolve("store.mv").toString();
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            documents.add(new Document("_id", "task-" + i).append("unit", "U" + (i % 10)).append("version", 0L));
        }

        List<Object> before = withServer(file, (backend, tasks) -> {
            tasks.createIndex(Indexes.ascending("unit"));
            tasks.insertMany(documents);
            return ids(tasks.find(Filters.eq("unit", "U3")));
        });

        withServer(file, (backend, tasks) -> {
            IndexStatistics.Snapshot start = backend.statistics().snapshot();
            assertThat(ids(tasks.find(Filters.eq("unit", "U3")))).hasSize(50).containsExactlyInAnyOrderElementsOf(before);
            assertThat(backend.statistics().snapshot().since(start).positionsRead()).isEqualTo(50);

            Document previous = tasks.findOneAndReplace(new Document("_id", "task-13").append("version", 0L),
                    new Document("unit", "U9").append("version", 1L));
            assertThat(previous).containsEntry("unit", "U3");
            assertThat(backend.statistics().snapshot().since(start).idLookups()).isEqualTo(1);
            assertThat(ids(tasks.find(Filters.eq("unit", "U3")))).hasSize(49).doesNotContain("task-13");
            assertThat(tasks.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                    .contains("_id_", "unit_1");
            return null;
        });
    }

    @Test
    void positions_of_mixed_id_types_come_back_without_error(@TempDir Path directory) {
        withServer(directory.resolve("mixed.mv").toString(), (backend, tasks) -> {
            tasks.createIndex(Indexes.ascending("unit"));
            tasks.insertMany(List.of(new Document("_id", 1).append("unit", "U"), new Document("_id", "a").append("unit", "U"),
                    new Document("_id", 2L).append("unit", "U"), new Document("_id", 3).append("unit", "V")));
            assertThat(ids(tasks.find(Filters.eq("unit", "U")))).containsExactlyInAnyOrder(1, "a", 2L);
            return null;
        });
    }

    private static <T> T withServer(String file, java.util.function.BiFunction<IndexedH2Backend, MongoCollection<Document>, T> work) {
        IndexedH2Backend backend = new IndexedH2Backend(file);
        MongoServer server = new MongoServer(backend);
        int port = server.bind().getPort();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            return work.apply(backend, client.getDatabase("restart").getCollection("tasks"));
        } finally {
            server.shutdown();
        }
    }

    private static List<Object> ids(Iterable<Document> documents) {
        List<Object> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.get("_id")));
        return ids;
    }
}
