package vn.tdkt.plan.importing.persistence;

import static vn.tdkt.platform.outbox.AggregateDocument.path;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.plan.importing.domain.PlanImport;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;

/**
 * Import previews. Every state change (claim, release, confirmation, discard) is a version-guarded update, so two
 * confirmations, or a confirmation and a discard, can never both win.
 */
@Repository
public class PlanImportStore extends AggregateStore<PlanImport, PlanImportDocument> {

    public PlanImportStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, PlanImportDocument.class, PlanImportDocument::new, PlanImport::id,
                "import.not-found");
        Indexes.ensure(mongo, PlanImportDocument.COLLECTION,
                Indexes.newestFirst("plan_import_unit_created", path("createdByUnit"), path("createdAt")));
    }
}
