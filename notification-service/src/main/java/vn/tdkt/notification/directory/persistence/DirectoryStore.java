package vn.tdkt.notification.directory.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.directory.domain.UnitContact;
import lombok.RequiredArgsConstructor;

/** The unit registry read model and movement names. */
@Repository
@RequiredArgsConstructor
public class DirectoryStore {

    private final MongoTemplate mongo;

    /**
     * Writes the unit's contact if {@code sequence} is newer than the stored one: a conditional upsert on
     * {@code (_id, sequence < new)}; when a newer version is stored, the upsert's insert collides on {@code _id}.
     *
     * @return whether the contact changed
     */
    public boolean applyIfNewer(UnitContact contact, long sequence, Instant now) {
        Query newer = Query.query(Criteria.where("_id").is(contact.code())
                .and(UnitContactDocument.SEQUENCE).lt(sequence));
        Update update = new Update().set(UnitContactDocument.CONTACT, contact)
                .set(UnitContactDocument.SEQUENCE, sequence)
                .set("updatedAt", now);
        try {
            var result = mongo.upsert(newer, update, UnitContactDocument.class);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException staleOrRepeated) {
            return false;
        }
    }

    public Optional<UnitContact> find(String code) {
        return Optional.ofNullable(mongo.findById(code, UnitContactDocument.class)).map(document -> document.contact);
    }

    public List<UnitContact> list(long offset, int limit) {
        return mongo.find(new Query().with(Sort.by("_id")).skip(offset).limit(limit), UnitContactDocument.class)
                .stream().map(document -> document.contact).toList();
    }

    public long count() {
        return mongo.count(new Query(), UnitContactDocument.class);
    }

    public void rememberMovement(String id, String name) {
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), Update.update("name", name),
                MovementNameDocument.class);
    }

    public Optional<String> movementName(String id) {
        return Optional.ofNullable(mongo.findById(id, MovementNameDocument.class)).map(document -> document.name);
    }
}
