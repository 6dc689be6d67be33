package vn.tdkt.plan.importing.persistence;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores import previews. State changes are conditional single-document updates (status and claim in the filter),
 * so two confirmations, or a confirmation and a discard, can never both win.
 */
@Component
public class PlanImportStore {

    private final MongoTemplate mongo;

    public PlanImportStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(PlanImportDocument.COLLECTION).createIndex(new Index().on("createdByUnit", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.DESC).named("plan_import_unit_created"));
    }

    public PlanImportDocument insert(PlanImportDocument document) {
        return mongo.insert(document);
    }

    public Optional<PlanImportDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PlanImportDocument.class));
    }

    /**
     * Claims a preview for confirmation: succeeds only while it is a preview that nobody else is confirming (or whose
     * claim is older than {@code staleBefore}, i.e. left behind by a crash).
     */
    public Optional<PlanImportDocument> claim(String id, String by, Instant now, Instant staleBefore) {
        Query query = Query.query(Criteria.where("_id").is(id).and("status").is(ImportStatus.PREVIEW.name())
                .orOperator(Criteria.where("claim").is(null), Criteria.where("claim.at").lt(staleBefore)));
        Update update = new Update().set("claim", new PlanImportDocument.Claim(by, now)).inc("version", 1);
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                PlanImportDocument.class));
    }

    /** Gives a claim back after the plan could not be created; the preview can be confirmed again. */
    public void release(String id, String by) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(ImportStatus.PREVIEW.name())
                        .and("claim.by").is(by)),
                new Update().unset("claim").inc("version", 1), PlanImportDocument.class);
    }

    public Optional<PlanImportDocument> markConfirmed(String id, PlanImportDocument.Confirmation confirmation) {
        Query query = Query.query(Criteria.where("_id").is(id).and("status").is(ImportStatus.PREVIEW.name()));
        Update update = new Update().set("status", ImportStatus.CONFIRMED.name()).set("confirmation", confirmation)
                .unset("claim").inc("version", 1);
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                PlanImportDocument.class));
    }

    /** Discards a preview nobody is confirming; empty if it is no longer a preview or a confirmation holds it. */
    public Optional<PlanImportDocument> discard(String id, String by, Instant now) {
        Query query = Query.query(Criteria.where("_id").is(id).and("status").is(ImportStatus.PREVIEW.name())
                .and("claim").is(null));
        Update update = new Update().set("status", ImportStatus.DISCARDED.name()).set("discardedAt", now)
                .set("discardedBy", by).inc("version", 1);
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                PlanImportDocument.class));
    }
}
