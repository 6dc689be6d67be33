package vn.tdkt.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.platform.outbox.OutboxEntry;
import vn.tdkt.platform.outbox.OutboxRecorder;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The one way to store an aggregate. The document wraps the domain object ({@code TaskDocument} holds a
 * {@code Task} under {@link AggregateDocument#AGGREGATE}, mapped field by field by Spring Data, so there is no
 * mapping code to keep in step) and carries the version, the event sequence and the outbox. Every write is one
 * atomic, version-guarded save of the document with the events the domain method returned, so state and events land
 * together or not at all.
 *
 * <p>An update never writes back the outbox it loaded: the relay may have sent and removed those entries since
 * (without changing the version, so that a client's ETag stays valid), and a whole-document replace would put them
 * back and have them sent again. The update sets every other field (and unsets the ones that became empty, as a
 * replace would), appends only the command's new entries with {@code $push}, and is guarded by the version.
 *
 * <p>Application services see aggregates and versions ({@link Versioned}), never documents. A feature's store
 * extends this class and adds its queries as named methods; queries live nowhere else.
 *
 * @param <A> the aggregate (a mutable domain class whose commands return their events)
 * @param <D> the document that wraps it
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class AggregateStore<A, D extends AggregateDocument<A>> {

    private static final String ID = "_id";
    private static final String OUTBOX = "outbox";
    private static final String OUTBOX_PENDING = "outboxPending";
    /** Fields an update leaves to the outbox mechanics: the relay removes sent entries and clears the flag. */
    private static final Set<String> UNTOUCHED = Set.of(ID, OUTBOX, OUTBOX_PENDING);

    protected final MongoTemplate mongo;
    private final OutboxRecorder outbox;
    private final Class<D> documentType;
    /** An empty document of this store's collection. */
    private final Supplier<D> newDocument;
    /** The aggregate's id, stored as the document's {@code _id}. */
    private final Function<? super A, String> idOf;
    /** The message key of the 404 problem when an id names no aggregate. */
    private final String notFoundCode;

    public Optional<Versioned<A>> find(String id) {
        return Optional.ofNullable(mongo.findById(id, documentType)).map(this::versioned);
    }

    /** The aggregate, or the 404 problem of this store. */
    public Versioned<A> get(String id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** The 404 problem of this store for {@code id}: also the answer for an aggregate the caller may not see. */
    public DomainException notFound(String id) {
        return DomainException.notFound(notFoundCode, id);
    }

    /**
     * The aggregate if the caller may see it, or the 404 problem of this store: another unit's aggregate answers as
     * if it did not exist.
     *
     * @param visible whether the caller may see the aggregate
     */
    public Versioned<A> get(String id, Predicate<? super A> visible) {
        Versioned<A> found = get(id);
        if (!visible.test(found.value())) {
            throw notFound(id);
        }
        return found;
    }

    /** Inserts a new aggregate with its creation events; an id taken already throws {@code DuplicateKeyException}. */
    public Versioned<A> insert(Created<A, ? extends EventPayload> created) {
        return insert(created.aggregate(), created.events());
    }

    public Versioned<A> insert(A aggregate, List<? extends EventPayload> events) {
        D document = wrap(aggregate);
        outbox.record(document, events);
        return versioned(mongo.insert(document));
    }

    /** A new document holding {@code aggregate} under its id, not stored yet. */
    protected D wrap(A aggregate) {
        D document = newDocument.get();
        document.hold(idOf.apply(aggregate), aggregate);
        return document;
    }

    /**
     * Loads the aggregate, checks the caller's expected version, runs the command and saves the aggregate with the
     * events the command returned. A save that loses a race throws {@code OptimisticLockingFailureException}
     * (answered as 409); nothing is written then.
     */
    public Versioned<A> update(String id, VersionPrecondition expected,
            Function<? super A, ? extends List<? extends EventPayload>> command) {
        return update(id, aggregate -> { }, expected, command);
    }

    /**
     * {@link #update(String, VersionPrecondition, Function)} for a caller who must first be let in: {@code admit}
     * sees the aggregate as loaded and throws to refuse ({@link #notFound} for one the caller may not see, a 403 for
     * a missing right) before the version is checked or the command runs. One read, where a
     * {@link #get(String, Predicate)} followed by an update would read the document twice.
     */
    public Versioned<A> update(String id, Consumer<? super A> admit, VersionPrecondition expected,
            Function<? super A, ? extends List<? extends EventPayload>> command) {
        D document = mongo.findById(id, documentType);
        if (document == null) {
            throw notFound(id);
        }
        A aggregate = document.getAggregate();
        admit.accept(aggregate);
        expected.check(versionOf(document));
        List<? extends EventPayload> events = command.apply(aggregate);
        return save(document, events);
    }

    /** Saves a document this store loaded (for stores that must load by a query rather than by id). */
    protected Versioned<A> save(D document, List<? extends EventPayload> events) {
        if (document.getVersion() == null) {
            // never stored through this class (no version yet): a plain save inserts it with its outbox
            outbox.record(document, events);
            return versioned(mongo.save(document));
        }
        int loaded = document.getOutbox().size();
        outbox.record(document, events);
        List<OutboxEntry> recorded = List.copyOf(document.getOutbox().subList(loaded, document.getOutbox().size()));
        long version = document.getVersion();
        Document stored = new Document();
        mongo.getConverter().write(document, stored);
        Object id = stored.get(ID);
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(documentType);
        String versionField = entity.getRequiredVersionProperty().getFieldName();
        Update update = new Update();
        stored.forEach((field, value) -> {
            if (!UNTOUCHED.contains(field) && !field.equals(versionField)) {
                update.set(field, value);
            }
        });
        for (String field : topLevelFields(entity)) {
            if (!stored.containsKey(field) && !UNTOUCHED.contains(field)) {
                update.unset(field);
            }
        }
        update.set(versionField, version + 1);
        if (!recorded.isEmpty()) {
            List<Object> entries = new ArrayList<>(recorded.size());
            recorded.forEach(entry -> entries.add(mongo.getConverter().convertToMongoType(entry)));
            update.push(OUTBOX).each(entries.toArray());
            update.set(OUTBOX_PENDING, true);
        }
        Query current = Query.query(Criteria.where(ID).is(id).and(versionField).is(version));
        String collection = mongo.getCollectionName(documentType);
        if (mongo.updateFirst(current, update, collection).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Cannot save " + documentType.getSimpleName() + " " + id
                    + ": version " + version + " is no longer current");
        }
        document.setVersion(version + 1);
        outbox.written(collection, recorded);
        return versioned(document);
    }

    private static List<String> topLevelFields(MongoPersistentEntity<?> entity) {
        List<String> fields = new ArrayList<>();
        for (MongoPersistentProperty property : entity) {
            fields.add(property.getFieldName());
        }
        return fields;
    }

    /** The aggregates a query finds, for the store's named query methods. */
    protected List<A> findAll(Query query) {
        return mongo.find(query, documentType).stream().map(AggregateDocument::getAggregate).toList();
    }

    protected List<Versioned<A>> findAllVersioned(Query query) {
        return mongo.find(query, documentType).stream().map(this::versioned).toList();
    }

    protected long count(Query query) {
        return mongo.count(query, documentType);
    }

    protected static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private Versioned<A> versioned(D document) {
        return new Versioned<>(document.getAggregate(), versionOf(document));
    }

    private static long versionOf(AggregateDocument<?> document) {
        return document.getVersion() == null ? 0 : document.getVersion();
    }
}
