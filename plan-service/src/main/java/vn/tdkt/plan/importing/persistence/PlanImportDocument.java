package vn.tdkt.plan.importing.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.importing.domain.PlanImport;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code plan_imports}: an import preview and what became of it. */
@Document(PlanImportDocument.COLLECTION)
public class PlanImportDocument extends AggregateDocument {

    public static final String COLLECTION = "plan_imports";

    @Id
    private String id;

    private PlanImport planImport;

    protected PlanImportDocument() {
    }

    PlanImportDocument(PlanImport planImport) {
        this.id = planImport.id();
        this.planImport = planImport;
    }

    PlanImport getPlanImport() {
        return planImport;
    }
}
