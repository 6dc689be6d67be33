package vn.tdkt.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

class IndexesTest {

    @Test
    void ensureCreatesTheNamedIndexesOnTheCollectionAndAgainChangesNothing() {
        MongoTemplate mongo = SharedMongoServer.freshDatabase("indexes");
        try {
            for (int start = 0; start < 2; start++) {
                Indexes.ensure(mongo, "tasks", Indexes.ascending("task_status_due", "aggregate.status",
                        "aggregate.dueDate"), Indexes.newestFirst("task_unit_created", "aggregate.unit", "createdAt"));
            }

            assertThat(mongo.indexOps("tasks").getIndexInfo()).extracting(IndexInfo::getName)
                    .containsExactlyInAnyOrder("_id_", "task_status_due", "task_unit_created");
            IndexInfo statusDue = mongo.indexOps("tasks").getIndexInfo().stream()
                    .filter(info -> info.getName().equals("task_status_due")).findFirst().orElseThrow();
            assertThat(statusDue.getIndexFields()).extracting(field -> field.getKey())
                    .containsExactly("aggregate.status", "aggregate.dueDate");
        } finally {
            mongo.getDb().drop();
        }
    }

    @Test
    void ascendingKeysEveryFieldUpInOrderAndNamesTheIndex() {
        Index index = Indexes.ascending("task_status_due", "task.status", "task.dueDate");

        assertThat(index.getIndexKeys()).isEqualTo(new Document("task.status", 1).append("task.dueDate", 1));
        assertThat(index.getIndexKeys().keySet()).containsExactly("task.status", "task.dueDate");
        assertThat(index.getIndexOptions()).isEqualTo(new Document("name", "task_status_due"));
    }

    @Test
    void optionsChainOntoTheResult() {
        Index index = Indexes.ascending("award_dossier_unique", "award.dossierId").unique().sparse();
        Index expiring = Indexes.ascending("rate_limit_expiry", "expiresAt").expire(Duration.ZERO);

        assertThat(index.getIndexOptions())
                .isEqualTo(new Document("name", "award_dossier_unique").append("unique", true).append("sparse", true));
        assertThat(expiring.getIndexOptions())
                .isEqualTo(new Document("name", "rate_limit_expiry").append("expireAfterSeconds", 0L));
    }

    @Test
    void newestFirstKeysTheLastFieldDownAndTheOthersUp() {
        Index grouped = Indexes.newestFirst("inbox_unit_created", "entry.unitCode", "entry.createdAt");
        Index alone = Indexes.newestFirst("delivery_created", "delivery.createdAt");

        assertThat(grouped.getIndexKeys()).isEqualTo(new Document("entry.unitCode", 1).append("entry.createdAt", -1));
        assertThat(grouped.getIndexKeys().keySet()).containsExactly("entry.unitCode", "entry.createdAt");
        assertThat(grouped.getIndexOptions()).isEqualTo(new Document("name", "inbox_unit_created"));
        assertThat(alone.getIndexKeys()).isEqualTo(new Document("delivery.createdAt", -1));
        assertThat(alone.getIndexOptions()).isEqualTo(new Document("name", "delivery_created"));
    }

    @Test
    void anIndexWithoutAFieldIsRefused() {
        assertThatThrownBy(() -> Indexes.ascending("empty")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Indexes.newestFirst("empty")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }
}
