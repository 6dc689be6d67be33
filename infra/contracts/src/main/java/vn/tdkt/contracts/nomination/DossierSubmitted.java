package vn.tdkt.contracts.nomination;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A unit submitted a nomination dossier (hồ sơ đề nghị khen thưởng) to the Sở Nội vụ. */
public record DossierSubmitted(
        @JsonUnwrapped @Valid @NotNull DossierRef dossier,
        int year,
        @NotNull Instant submittedAt) implements DossierEvent {
}
