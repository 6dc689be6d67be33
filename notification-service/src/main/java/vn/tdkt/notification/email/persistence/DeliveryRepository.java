package vn.tdkt.notification.email.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.email.domain.DeliveryStatus;
import vn.tdkt.notification.email.domain.EmailDelivery;

/** The {@code email_deliveries} collection (the delivery log), keyed by inbox entry id. */
@Repository
public class DeliveryRepository {

    static final String COLLECTION = "email_deliveries";

    private final MongoTemplate mongo;

    public DeliveryRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC)
                .named("delivery_status_next"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("unitCode", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC)
                .named("delivery_unit_created"));
    }

    /** @return false if the inbox entry already has a delivery (the e-mail was already handled) */
    public boolean insertIfAbsent(EmailDelivery delivery) {
        try {
            mongo.insert(DeliveryDocument.from(delivery));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    public EmailDelivery save(EmailDelivery delivery) {
        return mongo.save(DeliveryDocument.from(delivery)).toDomain();
    }

    public Optional<EmailDelivery> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, DeliveryDocument.class)).map(DeliveryDocument::toDomain);
    }

    /** FAILED deliveries whose next attempt is due and that have attempts left, oldest first. */
    public List<EmailDelivery> findDueForRetry(Instant now, int maxAttempts, int limit) {
        Query query = Query.query(Criteria.where("status").is(DeliveryStatus.FAILED)
                        .and("attempts").lt(maxAttempts)
                        .and("nextAttemptAt").lte(now))
                .with(Sort.by(Sort.Order.asc("nextAttemptAt")))
                .limit(limit);
        return mongo.find(query, DeliveryDocument.class).stream().map(DeliveryDocument::toDomain).toList();
    }

    public List<EmailDelivery> find(String unitCode, DeliveryStatus status, long offset, int limit) {
        Query query = filter(unitCode, status)
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip(offset)
                .limit(limit);
        return mongo.find(query, DeliveryDocument.class).stream().map(DeliveryDocument::toDomain).toList();
    }

    public long count(String unitCode, DeliveryStatus status) {
        return mongo.count(filter(unitCode, status), DeliveryDocument.class);
    }

    private static Query filter(String unitCode, DeliveryStatus status) {
        Criteria criteria = new Criteria();
        if (unitCode != null) {
            criteria = criteria.and("unitCode").is(unitCode);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return Query.query(criteria);
    }
}
