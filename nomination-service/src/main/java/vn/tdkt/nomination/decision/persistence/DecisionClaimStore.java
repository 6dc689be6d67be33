package vn.tdkt.nomination.decision.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Which decision (or forwarded tờ trình) has taken each dossier: one document per dossier, keyed by the dossier id,
 * so two decisions racing for the same dossier cannot both take it (the second insert is a duplicate key). Without
 * transactions, a claim is written before its decision; a claim whose decision never got written is released by the
 * completion job.
 */
@Repository
public class DecisionClaimStore {

    static final String COLLECTION = "decision_claims";

    private final MongoTemplate mongo;

    public DecisionClaimStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document(COLLECTION)
    record Claim(@Id String dossierId, String decisionId, Instant at) {
    }

    /**
     * Takes every dossier for {@code decisionId}, or none.
     *
     * @return the dossiers another decision holds already (empty: all taken); on a clash the dossiers this call had
     *         taken are given back
     */
    public List<String> claim(Collection<String> dossierIds, String decisionId, Instant now) {
        List<String> taken = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        for (String dossierId : dossierIds) {
            try {
                mongo.insert(new Claim(dossierId, decisionId, now));
                taken.add(dossierId);
            } catch (DuplicateKeyException e) {
                Claim existing = mongo.findById(dossierId, Claim.class);
                if (existing != null && existing.decisionId().equals(decisionId)) {
                    taken.add(dossierId);
                } else {
                    clashes.add(dossierId);
                }
            }
        }
        if (!clashes.isEmpty()) {
            mongo.remove(Query.query(where("_id").in(taken).and("decisionId").is(decisionId)), Claim.class);
        }
        return clashes;
    }

    /** Gives back every dossier {@code decisionId} took (a decision that was refused after claiming). */
    public void release(String decisionId) {
        mongo.remove(Query.query(where("decisionId").is(decisionId)), Claim.class);
    }

    /** Which decision holds each of these dossiers. */
    public Map<String, String> holders(Collection<String> dossierIds) {
        return mongo.find(Query.query(where("_id").in(dossierIds)), Claim.class).stream()
                .collect(Collectors.toMap(Claim::dossierId, Claim::decisionId));
    }

    /** Every claimed dossier (the fund forecast leaves them out of the open proposals: they are decided). */
    public java.util.Set<String> claimedAmong(Collection<String> dossierIds) {
        return holders(dossierIds).keySet();
    }

    /** Claims older than {@code before}, by decision (the completion job checks their decisions exist). */
    public Map<String, List<String>> olderThan(Instant before) {
        return mongo.find(Query.query(where("at").lt(before)), Claim.class).stream()
                .collect(Collectors.groupingBy(Claim::decisionId,
                        Collectors.mapping(Claim::dossierId, Collectors.toList())));
    }
}
