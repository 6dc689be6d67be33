package vn.tdkt.plan.unit.persistence;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.tdkt.plan.unit.domain.OrgUnit;
import vn.tdkt.platform.outbox.AggregateDocument;

/** Collection {@code units}, keyed by unit code. */
@Document(UnitDocument.COLLECTION)
public class UnitDocument extends AggregateDocument<OrgUnit> {

    public static final String COLLECTION = "units";
}
