package vn.tdkt.notification.preference.persistence;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.preference.domain.Preferences;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;

@Repository
public class PreferenceStore extends AggregateStore<Preferences, PreferenceDocument> {

    public PreferenceStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, PreferenceDocument.class, PreferenceDocument::new, Preferences::id,
                "preference.not-found");
        Indexes.ensure(mongo, PreferenceDocument.COLLECTION,
                Indexes.ascending("preference_unit", PreferenceDocument.UNIT));
    }

    /** The stored preferences among {@code ids} (by {@code _id}, one read), in no particular order. */
    public List<Versioned<Preferences>> anyOf(List<String> ids) {
        return findAllVersioned(Query.query(Criteria.where("_id").in(ids)));
    }

    public List<Versioned<Preferences>> ofUnit(String unitCode) {
        return findAllVersioned(Query.query(Criteria.where(PreferenceDocument.UNIT).is(unitCode))
                .with(Sort.by("_id")));
    }
}
