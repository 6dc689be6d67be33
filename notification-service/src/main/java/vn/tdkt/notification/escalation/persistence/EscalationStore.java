package vn.tdkt.notification.escalation.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.notification.escalation.domain.EscalationCase;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;

@Repository
public class EscalationStore extends AggregateStore<EscalationCase, EscalationDocument> {

    public EscalationStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, EscalationDocument.class, EscalationDocument::new, EscalationCase::id,
                "escalation.not-found");
        Indexes.ensure(mongo, EscalationDocument.COLLECTION,
                Indexes.ascending("escalation_status_next_step", EscalationDocument.STATUS,
                        EscalationDocument.NEXT_STEP));
    }

    /** Open cases whose next step's time has come. */
    public List<Versioned<EscalationCase>> due(Instant now, int limit) {
        return findAllVersioned(Query.query(Criteria.where(EscalationDocument.STATUS)
                        .is(EscalationCase.EscalationStatus.OPEN)
                        .and(EscalationDocument.NEXT_STEP).lte(now))
                .with(Sort.by(EscalationDocument.NEXT_STEP)).limit(limit));
    }
}
