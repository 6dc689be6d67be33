package vn.tdkt.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Cases a review found, each checked against the plain wire server (which scans and matches every document). */
class IndexEdgeCasesTest {

    private static final StockAndIndexedServers servers = new StockAndIndexedServers();

    @AfterAll
    static void stop() {
        servers.close();
    }

    @Test
    void a_long_beyond_double_precision_is_found_by_equality_and_range() {
        Pair pair = new Pair(Indexes.ascending("seq"));
        pair.apply(c -> c.insertMany(List.of(new Document("_id", 1).append("seq", 9_007_199_254_740_993L),
                new Document("_id", 2).append("seq", 9_007_199_254_740_992L))));

        pair.assertSameAnswer(new Document("seq", 9_007_199_254_740_993L), List.of(1));
        pair.assertSameAnswer(new Document("seq", new Document("$gte", 9_007_199_254_740_993L)), List.of(1));
    }

    @Test
    void an_empty_array_in_a_later_field_of_a_compound_index_keeps_the_earlier_fields() {
        Pair pair = new Pair(Indexes.ascending("unit", "tags"));
        pair.apply(c -> c.insertMany(List.of(new Document("_id", 1).append("unit", "A").append("tags", List.of()),
                new Document("_id", 2).append("unit", "A").append("tags", List.of("x")),
                new Document("_id", 3).append("unit", "B").append("tags", List.of()))));

        pair.assertSameAnswer(new Document("unit", "A"), List.of(1, 2));
        pair.apply(c -> c.updateOne(new Document("_id", 1), new Document("$set", new Document("tags", List.of("y")))));
        pair.assertSameAnswer(new Document("unit", "A").append("tags", "y"), List.of(1));
        pair.apply(c -> c.deleteOne(new Document("_id", 3)));
        pair.assertSameAnswer(new Document("unit", "B"), List.of());
    }

    @Test
    void documents_holding_empty_arrays_inside_indexed_values_can_be_updated_and_removed() {
        Pair pair = new Pair(Indexes.ascending("items"));
        pair.apply(c -> c.insertMany(List.of(
                new Document("_id", 1).append("items", List.of(new Document("sku", "a").append("tags", List.of()))),
                new Document("_id", 2).append("items", List.of(List.of())))));

        pair.apply(c -> c.updateOne(new Document("_id", 1), new Document("$set", new Document("state", "moved"))));
        pair.assertSameAnswer(new Document("state", "moved"), List.of(1));
        pair.apply(c -> c.deleteMany(new Document()));
        pair.assertSameAnswer(new Document(), List.of());
    }

    @Test
    void an_id_in_list_holding_a_pattern_is_left_to_the_matcher() {
        Pair pair = new Pair(Indexes.ascending("version"));
        pair.apply(c -> c.insertMany(List.of(new Document("_id", "t-1").append("version", 0L),
                new Document("_id", "u-1").append("version", 0L))));

        pair.assertSameAnswer(new Document("_id", new Document("$in", List.of(Pattern.compile("^t-"))))
                .append("version", 0L), List.of("t-1"));
    }

    @Test
    void creating_an_existing_index_again_keeps_it_serving() {
        Pair pair = new Pair(Indexes.ascending("unit"));
        pair.apply(c -> c.insertMany(List.of(new Document("_id", 1).append("unit", "A"),
                new Document("_id", 2).append("unit", "B"))));
        pair.apply(c -> c.createIndex(Indexes.ascending("unit")));

        IndexStatistics.Snapshot before = servers.indexedBackend.statistics().snapshot();
        pair.assertSameAnswer(new Document("unit", "A"), List.of(1));
        assertThat(servers.indexedBackend.statistics().snapshot().since(before).secondaryLookups()).isEqualTo(1);
    }

    /** The same collection on both servers. */
    private static final class Pair {

        private final MongoCollection<Document> plain;
        private final MongoCollection<Document> indexed;

        Pair(Bson index) {
            String name = "c" + UUID.randomUUID().toString().substring(0, 8);
            plain = servers.plain.getDatabase("edge").getCollection(name);
            indexed = servers.indexed.getDatabase("edge").getCollection(name);
            apply(c -> c.createIndex(index));
        }

        void apply(Consumer<MongoCollection<Document>> write) {
            write.accept(plain);
            write.accept(indexed);
        }

        void assertSameAnswer(Bson filter, List<Object> expectedIds) {
            assertThat(ids(plain, filter)).as("plain server, %s", filter).isEqualTo(expectedIds);
            assertThat(ids(indexed, filter)).as("indexed server, %s", filter).isEqualTo(expectedIds);
        }

        private static List<Object> ids(MongoCollection<Document> collection, Bson filter) {
            List<Object> ids = new ArrayList<>();
            collection.find(filter).forEach(document -> ids.add(document.get("_id")));
            return ids;
        }
    }
}
