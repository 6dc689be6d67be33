package vn.tdkt.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.tdkt.contracts.plan.TaskCancelled;
import vn.tdkt.contracts.plan.TaskEvent;
import vn.tdkt.contracts.plan.TaskRef;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.web.IfMatch;
import vn.tdkt.platformtest.mongo.SharedMongoServer;

class AggregateStoreTest {

    /** A minimal aggregate: commands mutate it and return their typed events. */
    static class Chore {
        String id;
        String state = "OPEN";
        String note;

        static Created<Chore, TaskEvent> open(String id) {
            Chore chore = new Chore();
            chore.id = id;
            return new Created<>(chore, List.of());
        }

        List<TaskEvent> cancel() {
            if (!state.equals("OPEN")) {
                throw DomainException.conflict("chore.not-open");
            }
            state = "CANCELLED";
            return List.of(cancelled());
        }

        /** Another command with an event, to follow a first one. */
        List<TaskEvent> annotate(String text) {
            note = text;
            return List.of(cancelled());
        }

        private TaskCancelled cancelled() {
            return new TaskCancelled(new TaskRef(id, "plan-1", null, "Việc", "SNV", List.of()), java.time.Instant.EPOCH,
                    "snv-user", LocalDate.of(2026, 1, 1), "không cần");
        }
    }

    static class ChoreDocument extends AggregateDocument<Chore> {
    }

    static class ChoreStore extends AggregateStore<Chore, ChoreDocument> {
        ChoreStore(MongoTemplate mongo) {
            super(mongo, new OutboxRecorder(Clock.systemUTC()), ChoreDocument.class, ChoreDocument::new,
                    chore -> chore.id, "chore.not-found");
        }
    }

    private MongoTemplate mongo;
    private ChoreStore store;

    @BeforeEach
    void freshDatabase() {
        mongo = SharedMongoServer.freshDatabase("store");
        store = new ChoreStore(mongo);
    }

    @Test
    void an_update_saves_state_and_the_commands_events_in_one_versioned_write() {
        Versioned<Chore> created = store.insert(Chore.open("c-1"));

        Versioned<Chore> cancelled = store.update("c-1", IfMatch.of("\"" + created.version() + "\""), Chore::cancel);

        assertThat(cancelled.version()).isEqualTo(created.version() + 1);
        assertThat(store.get("c-1").value().state).isEqualTo("CANCELLED");
        ChoreDocument stored = mongo.findById("c-1", ChoreDocument.class);
        assertThat(stored.getOutbox()).extracting(OutboxEntry::type).containsExactly("tdkt.plan.task-cancelled.v1");
        assertThat(stored.getOutbox()).extracting(OutboxEntry::subject).containsExactly("c-1");
    }

    @Test
    void a_stale_expectation_or_a_broken_rule_writes_nothing() {
        store.insert(Chore.open("c-2"));

        assertThatThrownBy(() -> store.update("c-2", IfMatch.of("\"41\""), Chore::cancel))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.PRECONDITION_FAILED));
        store.update("c-2", VersionPrecondition.none(), Chore::cancel);
        long version = store.get("c-2").version();
        assertThatThrownBy(() -> store.update("c-2", VersionPrecondition.none(), Chore::cancel))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("chore.not-open"));

        assertThat(store.get("c-2").version()).isEqualTo(version);
        assertThat(mongo.findById("c-2", ChoreDocument.class).getOutbox()).hasSize(1);
    }

    @Test
    void a_missing_id_is_the_stores_not_found_problem() {
        assertThatThrownBy(() -> store.update("nope", VersionPrecondition.none(), Chore::cancel))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("chore.not-found");
                });
    }

    @Test
    void an_aggregate_the_caller_may_not_see_answers_as_if_it_did_not_exist() {
        store.insert(Chore.open("c-3"));

        assertThat(store.get("c-3", chore -> chore.state.equals("OPEN")).value().id).isEqualTo("c-3");
        assertThatThrownBy(() -> store.get("c-3", chore -> false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("chore.not-found");
                });
        assertThatThrownBy(() -> store.get("nope", chore -> true)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("chore.not-found"));
    }

    @Test
    void an_update_that_admit_refuses_runs_no_command_and_writes_nothing_even_against_a_stale_version() {
        Versioned<Chore> created = store.insert(Chore.open("c-4"));

        // refused before the version is looked at: a caller who may not see it learns nothing from its If-Match
        assertThatThrownBy(() -> store.update("c-4", chore -> {
            throw store.notFound(chore.id);
        }, IfMatch.of("\"41\""), Chore::cancel)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
            assertThat(e.code()).isEqualTo("chore.not-found");
        });
        assertThat(store.get("c-4").version()).isEqualTo(created.version());
        assertThat(store.get("c-4").value().state).isEqualTo("OPEN");

        List<String> admitted = new java.util.ArrayList<>();
        Versioned<Chore> cancelled = store.update("c-4", chore -> admitted.add(chore.state), VersionPrecondition.none(),
                Chore::cancel);
        assertThat(admitted).containsExactly("OPEN");
        assertThat(cancelled.value().state).isEqualTo("CANCELLED");
        assertThat(cancelled.version()).isEqualTo(created.version() + 1);
    }

    @Test
    void a_command_that_loaded_entries_the_relay_sent_meanwhile_does_not_put_them_back() {
        store.insert(Chore.open("c-5"));
        store.update("c-5", VersionPrecondition.none(), Chore::cancel);
        String sent = mongo.findById("c-5", ChoreDocument.class).getOutbox().get(0).eventId();
        long etag = store.get("c-5").version();

        // the command loads the document with the entry still pending; the relay sends it and empties the outbox
        // (as MongoOutboxStore does: no version change) before the command saves
        Versioned<Chore> annotated = store.update("c-5", VersionPrecondition.none(), chore -> {
            mongo.getCollection("choreDocument").updateOne(new org.bson.Document("_id", "c-5"),
                    new org.bson.Document("$set", new org.bson.Document("outbox", List.of())
                            .append("outboxPending", false)));
            return chore.annotate("ghi chú");
        });

        ChoreDocument stored = mongo.findById("c-5", ChoreDocument.class);
        assertThat(stored.getOutbox()).extracting(OutboxEntry::eventId).hasSize(1).doesNotContain(sent);
        assertThat(stored.isOutboxPending()).isTrue();
        assertThat(stored.getAggregate().note).isEqualTo("ghi chú");
        assertThat(annotated.version()).isEqualTo(etag + 1).isEqualTo(stored.getVersion());
    }

    @Test
    void a_field_the_command_cleared_is_gone_from_the_stored_document_as_after_a_replace() {
        store.insert(Chore.open("c-6"));
        store.update("c-6", VersionPrecondition.none(), chore -> chore.annotate("tạm"));

        store.update("c-6", VersionPrecondition.none(), chore -> chore.annotate(null));

        org.bson.Document raw = mongo.getCollection("choreDocument").find(new org.bson.Document("_id", "c-6")).first();
        assertThat(raw.get(AggregateDocument.AGGREGATE, org.bson.Document.class)).doesNotContainKey("note");
        assertThat(mongo.findById("c-6", ChoreDocument.class).getOutbox()).hasSize(2);
    }

    @Test
    void an_update_against_a_version_that_moved_on_writes_nothing() {
        store.insert(Chore.open("c-7"));

        assertThatThrownBy(() -> store.update("c-7", VersionPrecondition.none(), chore -> {
            store.update("c-7", VersionPrecondition.none(), other -> other.annotate("trước"));
            return chore.cancel();
        })).isInstanceOf(OptimisticLockingFailureException.class);

        ChoreDocument stored = mongo.findById("c-7", ChoreDocument.class);
        assertThat(stored.getAggregate().state).isEqualTo("OPEN");
        assertThat(stored.getAggregate().note).isEqualTo("trước");
        assertThat(stored.getOutbox()).hasSize(1);
    }

    @Test
    void two_commands_racing_on_the_same_version_cannot_both_save() {
        store.insert(Chore.open("c-3"));
        ChoreDocument first = mongo.findById("c-3", ChoreDocument.class);
        ChoreDocument second = mongo.findById("c-3", ChoreDocument.class);
        mongo.save(first);

        assertThatThrownBy(() -> mongo.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
