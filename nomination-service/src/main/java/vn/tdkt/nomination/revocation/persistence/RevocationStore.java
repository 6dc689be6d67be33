package vn.tdkt.nomination.revocation.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.revocation.domain.Revocation;
import vn.tdkt.platform.domain.Versioned;
import vn.tdkt.platform.outbox.OutboxRecorder;
import vn.tdkt.platform.persistence.AggregateStore;
import vn.tdkt.platform.web.paging.PageQuery;

/**
 * Revocations, and which revocation has taken each award ({@code revocation_claims}, keyed by the award id): two
 * revocations racing for the same award cannot both take it. A claim is written before its revocation; one whose
 * revocation never got written is released by the completion job.
 */
@Repository
public class RevocationStore extends AggregateStore<Revocation, RevocationDocument> {

    static final String CLAIMS = "revocation_claims";

    public RevocationStore(MongoTemplate mongo, OutboxRecorder outbox) {
        super(mongo, outbox, RevocationDocument.class, RevocationDocument::new, RevocationDocument::getRevocation,
                "revocation.not-found");
        mongo.indexOps(RevocationDocument.class).createIndex(new Index().on(RevocationDocument.UNITS,
                Sort.Direction.ASC).named("revocation_units"));
        mongo.indexOps(RevocationDocument.class).createIndex(new Index().on(RevocationDocument.COMPLETED_AT,
                Sort.Direction.ASC).named("revocation_completed_at"));
    }

    @Document(CLAIMS)
    record Claim(@Id String awardId, String revocationId, Instant at) {
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
        List<String> taken = new java.util.ArrayList<>();
        List<String> clashes = new java.util.ArrayList<>();
        for (String awardId : awardIds) {
            try {
                mongo.insert(new Claim(awardId, revocationId, now));
                taken.add(awardId);
            } catch (DuplicateKeyException e) {
                Claim existing = mongo.findById(awardId, Claim.class);
                if (existing != null && existing.revocationId().equals(revocationId)) {
                    taken.add(awardId);
                } else {
                    clashes.add(awardId);
                }
            }
        }
        if (!clashes.isEmpty()) {
            mongo.remove(Query.query(where("_id").in(taken).and("revocationId").is(revocationId)), Claim.class);
        }
        return clashes;
    }

    public void release(String revocationId) {
        mongo.remove(Query.query(where("revocationId").is(revocationId)), Claim.class);
    }

    /** Claims older than {@code before}, by revocation. */
    public Map<String, List<String>> claimsOlderThan(Instant before) {
        return mongo.find(Query.query(where("at").lt(before)), Claim.class).stream()
                .collect(Collectors.groupingBy(Claim::revocationId,
                        Collectors.mapping(Claim::awardId, Collectors.toList())));
    }

    private static Query query(String unitCode) {
        return Query.query(unitCode == null ? new Criteria() : where(RevocationDocument.UNITS).is(unitCode));
    }
}
