package vn.tdkt.reporting.projection.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.tdkt.reporting.projection.domain.DossierState;

/** Reads and sequence-guarded writes of {@link DossierView}. */
@Repository
public class DossierViewStore {

    private final MongoTemplate mongo;

    public DossierViewStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean apply(String dossierId, long sequence, DossierRow row, Instant now) {
        Update update = new Update()
                .set("unitCode", row.unitCode())
                .set("subjectType", row.subjectType())
                .set("subjectName", row.subjectName())
                .set("awardCode", row.awardCode())
                .set("awardName", row.awardName())
                .set("state", row.state().name())
                .set("updatedAt", now.toString());
        if (row.year() != null) {
            update.set("year", row.year());
        }
        if (row.submittedAt() != null) {
            update.set("submittedAt", row.submittedAt().toString());
        }
        if (row.appraisedAt() != null) {
            update.set("appraisedAt", row.appraisedAt().toString()).set("reasons", row.reasons());
        }
        return GuardedUpserts.apply(mongo, DossierView.COLLECTION, dossierId, "lastSequence", sequence, update);
    }

    public List<DossierView> findAll(String unitCode) {
        Query query = Query.query(GuardedUpserts.unitCriteria("unitCode", unitCode));
        query.fields().include("unitCode", "state");
        return mongo.find(query, DossierView.class);
    }

    /** What a {@code dossier-submitted} or {@code dossier-appraised} event tells about a dossier. */
    public record DossierRow(String unitCode, String subjectType, String subjectName, String awardCode,
            String awardName, Integer year, DossierState state, List<String> reasons, Instant submittedAt,
            Instant appraisedAt) {
    }
}
