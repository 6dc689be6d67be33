package vn.tdkt.nomination.decision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.nomination.decision.domain.Decision;
import vn.tdkt.nomination.register.domain.DecidingAuthority;

/** Bodies of the decision endpoints. */
public final class DecisionRequests {

    private DecisionRequests() {
    }

    /** POST /decisions: a decision signed in the province. */
    public record Issue(@NotBlank @Size(max = 60) String number, @NotNull LocalDate date,
            @NotBlank @Size(max = 200) String signer, @Size(max = 200) String signerTitle,
            @NotNull DecidingAuthority authority,
            @NotEmpty @Size(max = Decision.MAX_AWARDEES) List<@NotBlank String> dossierIds) {
    }

    /** POST /decisions/forwardings: the tờ trình to central for forms above the province. */
    public record Forward(@NotBlank @Size(max = 60) String number, @NotNull LocalDate date,
            @NotBlank @Size(max = 200) String signer, @Size(max = 200) String signerTitle,
            @NotEmpty @Size(max = Decision.MAX_AWARDEES) List<@NotBlank String> dossierIds) {
    }

    /** POST /decisions/{id}/central-decision: the central decision on a forwarded tờ trình. */
    public record Central(@NotBlank @Size(max = 60) String number, @NotNull LocalDate date,
            @NotBlank @Size(max = 200) String signer, @Size(max = 200) String signerTitle,
            @NotNull DecidingAuthority authority,
            @Size(max = Decision.MAX_AWARDEES) List<@NotBlank String> declinedDossierIds) {
    }
}
