package vn.tdkt.nomination.dossier.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.tdkt.contracts.nomination.AppraisalOutcome;

/** Body of POST /{id}/appraisal. Reasons are required when the outcome is {@code NOT_ELIGIBLE}. */
public record AppraisalRequest(
        @NotNull AppraisalOutcome outcome,
        @Size(max = 50) List<@NotBlank @Size(max = 2_000) String> reasons) {
}
