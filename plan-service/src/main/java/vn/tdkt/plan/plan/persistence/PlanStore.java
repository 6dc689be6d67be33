package vn.tdkt.plan.plan.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.plan.domain.Plan;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.FilterCriteria;
import vn.tdkt.platform.persistence.Indexes;

/** Plans, by year and by whether their task aggregates still have to catch up with the current version. */
@Repository
public class PlanStore extends AggregateStore<Plan, PlanDocument> {

    private static final String YEAR = path("content.year");
    private static final String TASK_SYNC_PENDING = path("taskSyncPending");

    public PlanStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, PlanDocument.class, PlanDocument::new, Plan::id, "plan.not-found");
        Indexes.ensure(mongo, PlanDocument.COLLECTION,
                Indexes.ascending("plan_year", YEAR),
                Indexes.ascending("plan_task_sync", TASK_SYNC_PENDING));
    }

    public List<Versioned<Plan>> byYear(Integer year) {
        Query query = Query.query(new FilterCriteria().equal(YEAR, year).all());
        return findAllVersioned(query.with(Sort.by(YEAR, "_id")));
    }

    public List<Plan> withPendingTaskSync() {
        return findAll(Query.query(Criteria.where(TASK_SYNC_PENDING).is(true)));
    }
}
