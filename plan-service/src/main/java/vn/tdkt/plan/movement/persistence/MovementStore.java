package vn.tdkt.plan.movement.persistence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.tdkt.plan.movement.domain.Movement;
import vn.tdkt.plan.movement.domain.MovementStatus;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.web.paging.PageQuery;
import vn.tdkt.platform.web.paging.PageResponse;

/** Movements: state and events in one versioned write; listed newest first. */
@Component
public class MovementStore extends AggregateStore<Movement, MovementDocument> {

    private static final String STATUS = "movement.status";
    private static final String PARTICIPANTS = "movement.data.participants";

    public MovementStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, MovementDocument.class, MovementDocument::new, MovementDocument::getMovement,
                "movement.not-found");
        mongo.indexOps(MovementDocument.COLLECTION).createIndex(new Index().on(PARTICIPANTS, Sort.Direction.ASC)
                .named("movement_participants"));
        mongo.indexOps(MovementDocument.COLLECTION).createIndex(new Index().on(STATUS, Sort.Direction.ASC)
                .named("movement_status"));
    }

    /**
     * A page of movements, newest first: in {@code status} when given, without drafts unless {@code withDrafts}, and
     * only those {@code participant} takes part in when given.
     */
    public PageResponse<Movement> search(MovementStatus status, boolean withDrafts, String participant,
            PageQuery page) {
        List<Criteria> filters = new ArrayList<>();
        if (status != null) {
            filters.add(Criteria.where(STATUS).is(status.name()));
        }
        if (!withDrafts) {
            filters.add(Criteria.where(STATUS).ne(MovementStatus.DRAFT.name()));
        }
        if (participant != null) {
            filters.add(Criteria.where(PARTICIPANTS).is(participant));
        }
        Query query = Query.query(filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters));
        long total = count(query);
        return PageResponse.of(findAll(query.with(Sort.by(Sort.Direction.DESC, "movement.createdAt"))
                .skip(page.offset()).limit(page.size())), page, total);
    }
}
