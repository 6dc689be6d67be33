package vn.tdkt.plan.movement.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.movement.domain.MovementStatus;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/** Movements: state and events in one versioned write; listed newest first. */
@Repository
public class MovementStore extends AggregateStore<Movement, MovementDocument> {

    private static final String STATUS = path("status");
    private static final String PARTICIPANTS = path("data.participants");

    public MovementStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, MovementDocument.class, MovementDocument::new, Movement::id,
                "movement.not-found");
        Indexes.ensure(mongo, MovementDocument.COLLECTION,
                Indexes.ascending("movement_participants", PARTICIPANTS),
                Indexes.ascending("movement_status", STATUS));
    }

    /**
     * A page of movements, newest first: in {@code status} when given, without drafts unless {@code withDrafts}, and
     * only those {@code participant} takes part in when given.
     */
    public PageResponse<Movement> search(MovementStatus status, boolean withDrafts, String participant,
            PageQuery page) {
        Query query = Query.query(new FilterCriteria()
                .equal(STATUS, status)
                .when(!withDrafts, () -> Criteria.where(STATUS).ne(MovementStatus.DRAFT.name()))
                .equal(PARTICIPANTS, participant)
                .all());
        long total = count(query);
        return PageResponse.of(findAll(query.with(Sort.by(Sort.Direction.DESC, path("createdAt")))
                .skip(page.offset()).limit(page.size())), page, total);
    }
}
