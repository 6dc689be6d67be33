package vn.tdkt.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

class VersionedReplaceTest {

    private static MongoClient client;

    @Document("versioned")
    static class Doc extends AggregateDocument {
        @Id
        String id;
        String text;
    }

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedMongoServer.uri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void a_save_bumps_the_version_and_a_stale_copy_is_refused_without_writing() {
        MongoTemplate mongo = new MongoTemplate(client, "versioned-" + UUID.randomUUID().toString().substring(0, 8));
        Doc doc = new Doc();
        doc.id = "d1";
        doc.text = "v0";
        VersionedReplace.save(mongo, doc);
        Doc first = mongo.findById("d1", Doc.class);
        Doc stale = mongo.findById("d1", Doc.class);

        first.text = "first";
        VersionedReplace.save(mongo, first);
        stale.text = "stale";

        assertThatThrownBy(() -> VersionedReplace.save(mongo, stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(stale.getVersion()).isEqualTo(0L);
        Doc stored = mongo.findById("d1", Doc.class);
        assertThat(stored.text).isEqualTo("first");
        assertThat(stored.getVersion()).isEqualTo(1L);
    }
}
