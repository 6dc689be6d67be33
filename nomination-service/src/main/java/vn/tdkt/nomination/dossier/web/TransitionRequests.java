package vn.tdkt.nomination.dossier.web;

import io.swagger.v3.oas.annotations.media.Schema;
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

    /**
     * POST /{id}/assign: the appraising officer (token subject); empty takes the caller.
     *
     * @param assignee the Sở Nội vụ officer's token subject; the caller when left out
     */
    public record Assign(@Size(max = 200) @Schema(example = "snv") String assignee) {
    }

    /**
     * POST /{id}/return: what to complete, and by when.
     *
     * @param reasons    what the unit must complete, one item each
     * @param completeBy the day the completed dossier is due back
     */
    public record Return(
            @NotEmpty @Size(max = 50) @Schema(example = "[\"Bổ sung biên bản họp bình xét có kết quả biểu quyết\"]")
            List<@NotBlank @Size(max = 2_000) String> reasons,
            @NotNull @Schema(example = "2026-04-15") LocalDate completeBy) {
    }

    /**
     * POST /{id}/recall.
     *
     * @param reason why the unit recalls it
     */
    public record Recall(@Size(max = 2_000) @Schema(example = "Đơn vị rà soát lại thành tích") String reason) {
    }

    /**
     * POST /{id}/appraisal: {@code outcome} empty confirms the rules engine's result; a different outcome overrides
     * it and needs reasons.
     *
     * @param outcome the officer's conclusion; left out to confirm the engine's
     * @param reasons why, required when overriding the engine
     */
    public record Appraise(AppraisalOutcome outcome,
            @Size(max = 50) List<@NotBlank @Size(max = 2_000) String> reasons) {
    }
}
