package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * The Sở Nội vụ appraised (thẩm định) a dossier: eligible or not, with reasons and, since the rules became data,
 * the results of every rule evaluated ({@code ruleSetId}, {@code ruleResults}; optional for older producers).
 */
public record DossierAppraised(
        @JsonUnwrapped @Valid @NotNull DossierRef dossier,
        @NotNull AppraisalOutcome outcome,
        @NotNull List<String> reasons,
        @NotBlank String appraisedBy,
        @NotNull Instant appraisedAt,
        String ruleSetId,
        @Valid List<RuleOutcome> ruleResults) implements DossierEvent {

    /**
     * One rule of the rule set in force on the decision date, as the appraisal evaluated it.
     *
     * @param explanation why the rule failed (or what it checked), in Vietnamese
     */
    public record RuleOutcome(@NotBlank String ruleId, @NotBlank String citation, boolean passed, String explanation) {
    }
}
