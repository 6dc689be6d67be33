package vn.tdkt.platform.outbox;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.context.MappingContext;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Saves a loaded aggregate document only if nobody saved it in between: one atomic {@code findAndModify} on
 * {@code {_id, version}} that writes the state, the new version and the outbox together. It does what
 * {@code MongoTemplate.save} does for a {@code @Version} entity, but as a find-and-replace that returns whether it
 * matched, served through the {@code _id} index (on the MongoDB-wire server by {@code infra/mongo-wire}'s
 * {@code _id}-anchored lookup; the plain wire server scanned the collection for it).
 */
public final class VersionedReplace {

    private VersionedReplace() {
    }

    /**
     * @throws OptimisticLockingFailureException if the stored version is no longer the one the document was
     *                                           loaded with; the document keeps its loaded version then
     */
    @SuppressWarnings("unchecked")
    public static <T extends AggregateDocument> T save(MongoTemplate mongo, T document) {
        Long loaded = document.getVersion();
        if (loaded == null) {
            return mongo.insert(document);
        }
        Class<T> type = (Class<T>) document.getClass();
        MappingContext<? extends MongoPersistentEntity<?>, MongoPersistentProperty> mapping =
                mongo.getConverter().getMappingContext();
        MongoPersistentEntity<?> entity = mapping.getRequiredPersistentEntity(type);
        Object id = entity.getIdentifierAccessor(document).getRequiredIdentifier();
        String collection = mongo.getCollectionName(type);

        document.setVersion(loaded + 1);
        T previous = mongo.findAndReplace(
                Query.query(Criteria.where("_id").is(id).and("version").is(loaded)),
                document, FindAndReplaceOptions.none(), type, collection);
        if (previous == null) {
            document.setVersion(loaded);
            throw new OptimisticLockingFailureException(
                    "Document " + id + " in " + collection + " is no longer at version " + loaded);
        }
        return document;
    }
}
