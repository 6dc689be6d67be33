package vn.tdkt.notification.recipient.persistence;

import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.recipient.domain.Recipient;

/** The {@code recipients} collection, one document per unit code. Updates are version guarded. */
@Repository
public class RecipientRepository {

    static final String COLLECTION = "recipients";

    private final MongoTemplate mongo;

    public RecipientRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Recipient> find(String unitCode) {
        return Optional.ofNullable(mongo.findById(unitCode, RecipientDocument.class)).map(RecipientDocument::toDomain);
    }

    /** Creates the unit's entry unless one exists (seeding never overwrites an edited address). */
    public boolean insertIfAbsent(Recipient recipient, Instant now, String by) {
        try {
            mongo.insert(document(recipient, null, now, by));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /**
     * Saves the addresses; {@code recipient.version()} is the version read before the change (null to create),
     * so a concurrent edit fails with an optimistic locking conflict.
     */
    public Recipient save(Recipient recipient, Instant now, String by) {
        return mongo.save(document(recipient, recipient.version(), now, by)).toDomain();
    }

    private static RecipientDocument document(Recipient recipient, Long version, Instant now, String by) {
        RecipientDocument document = new RecipientDocument();
        document.unitCode = recipient.unitCode();
        document.email = recipient.email();
        document.headEmail = recipient.headEmail();
        document.version = version;
        document.updatedAt = now;
        document.updatedBy = by;
        return document;
    }
}
