package vn.tdkt.nomination.dossier.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.tdkt.contracts.nomination.AppraisalOutcome;

/** The Sở Nội vụ's conclusion (thẩm định) on a submitted dossier. */
public record Appraisal(AppraisalOutcome outcome, List<String> reasons, String appraisedBy, Instant appraisedAt) {

    public Appraisal {
        Objects.requireNonNull(outcome, "outcome");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        Objects.requireNonNull(appraisedBy, "appraisedBy");
        Objects.requireNonNull(appraisedAt, "appraisedAt");
    }
}
