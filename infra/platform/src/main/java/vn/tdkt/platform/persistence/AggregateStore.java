package vn.tdkt.platform.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.tdkt.contracts.EventPayload;
import vn.tdkt.platform.domain.Created;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.domain.VersionPrecondition;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.AggregateDocument;
import vn.tdkt.platform.outbox.OutboxRecorder;

/**
 * The one way to store an aggregate. The document wraps the domain object ({@code TaskDocument} holds a
 * {@code Task}, mapped field by field by Spring Data, so there is no mapping code to keep in step) and carries the
 * version, the event sequence and the outbox. Every write is one atomic, version-guarded save of the document
 * with the events the domain method returned, so state and events land together or not at all.
 *
 * <p>Application services see aggregates and versions ({@link Versioned}), never documents. A feature's store
 * extends this class and adds its queries as named methods; queries live nowhere else.
 *
 * @param <A> the aggregate (a mutable domain class whose commands return their events)
 * @param <D> the document that wraps it
 */
public abstract class AggregateStore<A, D extends AggregateDocument> {

    protected final MongoTemplate mongo;
    private final OutboxRecorder outbox;
    private final Class<D> documentType;
    private final Function<A, D> wrap;
    private final Function<D, A> unwrap;
    private final String notFoundCode;

    /**
     * @param wrap         a new document around a new aggregate
     * @param unwrap       the aggregate inside a document
     * @param notFoundCode the message key of the 404 problem when an id names no aggregate
     */
    protected AggregateStore(MongoTemplate mongo, OutboxRecorder outbox, Class<D> documentType, Function<A, D> wrap,
            Function<D, A> unwrap, String notFoundCode) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.documentType = documentType;
        this.wrap = wrap;
        this.unwrap = unwrap;
        this.notFoundCode = notFoundCode;
    }

    public Optional<Versioned<A>> find(String id) {
        return Optional.ofNullable(mongo.findById(id, documentType)).map(this::versioned);
    }

    /** The aggregate, or the 404 problem of this store. */
    public Versioned<A> get(String id) {
        return find(id).orElseThrow(() -> DomainException.notFound(notFoundCode, id));
    }

    /** Inserts a new aggregate with its creation events; an id taken already throws {@code DuplicateKeyException}. */
    public Versioned<A> insert(Created<A, ? extends EventPayload> created) {
        return insert(created.aggregate(), created.events());
    }

    public Versioned<A> insert(A aggregate, List<? extends EventPayload> events) {
        D document = wrap.apply(aggregate);
        outbox.record(document, events);
        return versioned(mongo.insert(document));
    }

    /**
     * Loads the aggregate, checks the caller's expected version, runs the command and saves the aggregate with the
     * events the command returned. A save that loses a race throws {@code OptimisticLockingFailureException}
     * (answered as 409); nothing is written then.
     */
    public Versioned<A> update(String id, VersionPrecondition expected,
            Function<? super A, ? extends List<? extends EventPayload>> command) {
        D document = mongo.findById(id, documentType);
        if (document == null) {
            throw DomainException.notFound(notFoundCode, id);
        }
        expected.check(versionOf(document));
        List<? extends EventPayload> events = command.apply(unwrap.apply(document));
        return save(document, events);
    }

    /** Saves a document this store loaded (for stores that must load by a query rather than by id). */
    protected Versioned<A> save(D document, List<? extends EventPayload> events) {
        outbox.record(document, events);
        return versioned(mongo.save(document));
    }

    /** The aggregates a query finds, for the store's named query methods. */
    protected List<A> findAll(Query query) {
        return mongo.find(query, documentType).stream().map(unwrap).toList();
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
        return new Versioned<>(unwrap.apply(document), versionOf(document));
    }

    private static long versionOf(AggregateDocument document) {
        return document.getVersion() == null ? 0 : document.getVersion();
    }
}
