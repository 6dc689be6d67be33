package vn.tdkt.nomination.dossier.domain;

import java.time.Instant;
import java.util.List;
import vn.tdkt.contracts.nomination.AppraisalOutcome;

/**
 * The Sở Nội vụ's conclusion (thẩm định): what the rules engine found ({@code engineOutcome}, the rule set and every
 * rule's result) and what the officer concluded. An officer who concludes differently from the engine overrides it,
 * with reasons, and that is recorded.
 */
public record Appraisal(AppraisalOutcome outcome, AppraisalOutcome engineOutcome, boolean overridden,
        List<String> reasons, String ruleSetId, List<RuleResult> ruleResults, String appraisedBy,
        Instant appraisedAt) {

    public Appraisal {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        ruleResults = ruleResults == null ? List.of() : List.copyOf(ruleResults);
    }
}
