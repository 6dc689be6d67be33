package vn.tdkt.nomination.decision.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.tdkt.nomination.storage.ExclusiveClaims;

/**
 * Which decision (or forwarded tờ trình) has taken each dossier: one document per dossier, keyed by the dossier id,
 * so two decisions racing for the same dossier cannot both take it (the second insert is a duplicate key). Without
 * transactions, a claim is written before its decision; a claim whose decision never got written is released by the
 * completion job.
 */
@Repository
public class DecisionClaimStore {

    static final String COLLECTION = "decision_claims";

    private final ExclusiveClaims claims;

    public DecisionClaimStore(MongoTemplate mongo) {
        this.claims = new ExclusiveClaims(mongo, COLLECTION, "decisionId");
    }

    /**
     * Takes every dossier for {@code decisionId}, or none.
     *
     * @return the dossiers another decision holds already (empty: all taken); on a clash the dossiers this call had
     *         taken are given back
     */
    public List<String> claim(Collection<String> dossierIds, String decisionId, Instant now) {
        return claims.claim(dossierIds, decisionId, now);
    }

    /** Gives back every dossier {@code decisionId} took (a decision that was refused after claiming). */
    public void release(String decisionId) {
        claims.release(decisionId);
    }

    /** Which decision holds each of these dossiers. */
    public Map<String, String> holders(Collection<String> dossierIds) {
        return claims.holders(dossierIds);
    }

    /** Every claimed dossier (the fund forecast leaves them out of the open proposals: they are decided). */
    public Set<String> claimedAmong(Collection<String> dossierIds) {
        return holders(dossierIds).keySet();
    }

    /**
     * Releases the claims taken before {@code before} by decisions that were never written.
     *
     * @return the released dossiers by decision
     */
    public Map<String, List<String>> releaseAbandoned(Instant before, Predicate<String> decisionWritten) {
        return claims.releaseAbandoned(before, decisionWritten);
    }
}
