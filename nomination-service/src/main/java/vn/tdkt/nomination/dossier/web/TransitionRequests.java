package vn.tdkt.nomination.dossier.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.contracts.nomination.AppraisalOutcome;

/** Bodies of the dossier transitions. */
public final class TransitionRequests {

    private TransitionRequests() {
    }

    /** POST /{id}/assign: the appraising officer (token subject); empty takes the caller. */
    public record Assign(@Size(max = 200) String assignee) {
    }

    /** POST /{id}/return: what to complete, and by when. */
    public record Return(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2_000) String> reasons,
            @NotNull LocalDate completeBy) {
    }

    /** POST /{id}/recall. */
    public record Recall(@Size(max = 2_000) String reason) {
    }

    /**
     * POST /{id}/appraisal: {@code outcome} empty confirms the rules engine's result; a different outcome overrides
     * it and needs reasons.
     */
    public record Appraise(AppraisalOutcome outcome, @Size(max = 50) List<@NotBlank @Size(max = 2_000) String> reasons) {
    }
}
