package vn.tdkt.plan.importing.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.importing.domain.PlanImport;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code plan_imports}: an import preview and what became of it. */
@Document(PlanImportDocument.COLLECTION)
public class PlanImportDocument extends AggregateDocument<PlanImport> {

    public static final String COLLECTION = "plan_imports";
}
