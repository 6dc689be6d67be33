package vn.tdkt.nomination.revocation.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.revocation.domain.Revocation;
import vn.tdkt.nomination.storage.ExclusiveClaims;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.persistence.Indexes;
import vn.tdkt.platform.web.paging.PageQuery;

/**
 * Revocations, and which revocation has taken each award ({@code revocation_claims}, keyed by the award id): two
 * revocations racing for the same award cannot both take it. A claim is written before its revocation; one whose
 * revocation never got written is released by the completion job.
 */
@Repository
public class RevocationStore extends AggregateStore<Revocation, RevocationDocument> {

    static final String CLAIMS = "revocation_claims";

    private final ExclusiveClaims claims;

    public RevocationStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, RevocationDocument.class, RevocationDocument::new, Revocation::id,
                "revocation.not-found");
        this.claims = new ExclusiveClaims(mongo, CLAIMS, "revocationId");
        Indexes.ensure(mongo, RevocationDocument.COLLECTION,
                Indexes.ascending("revocation_units", RevocationDocument.UNITS),
                Indexes.ascending("revocation_completed_at", RevocationDocument.COMPLETED_AT));
    }

    /** Newest first; {@code unitCode} non-null: only revocations touching that unit's awards. */
    public List<Versioned<Revocation>> page(String unitCode, PageQuery page) {
        return findAllVersioned(query(unitCode).with(Sort.by(Sort.Direction.DESC, "_id")).skip(page.offset())
                .limit(page.size()));
    }

    public long count(String unitCode) {
        return count(query(unitCode));
    }

    /** Revocations recorded before {@code before} whose awards or audit entry are not all written. */
    public List<Revocation> incomplete(Instant before) {
        return findAll(Query.query(where(RevocationDocument.COMPLETED_AT).is(null)
                .and(RevocationDocument.RECORDED_AT).lt(before)));
    }

    /**
     * Takes every award for {@code revocationId}, or none.
     *
     * @return the awards another revocation holds already (empty: all taken)
     */
    public List<String> claim(List<String> awardIds, String revocationId, Instant now) {
        return claims.claim(awardIds, revocationId, now);
    }

    public void release(String revocationId) {
        claims.release(revocationId);
    }

    /**
     * Releases the claims taken before {@code before} by revocations that were never written.
     *
     * @return the released awards by revocation
     */
    public Map<String, List<String>> releaseAbandonedClaims(Instant before) {
        return claims.releaseAbandoned(before, revocationId -> find(revocationId).isPresent());
    }

    private static Query query(String unitCode) {
        return Query.query(unitCode == null ? new Criteria() : where(RevocationDocument.UNITS).is(unitCode));
    }
}
