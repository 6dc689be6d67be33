package vn.tdkt.nomination.revocation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.nomination.register.domain.DecidingAuthority;
import vn.tdkt.nomination.register.domain.RevocationTrigger;
import vn.tdkt.nomination.revocation.application.RevocationService;

/** Bodies of the revocation endpoints. */
public final class RevocationRequests {

    private RevocationRequests() {
    }

    /** A revoking decision: number and symbol, date, signer, authority. */
    public record Act(@NotBlank @Size(max = 60) String number, @NotNull LocalDate date,
            @NotBlank @Size(max = 200) String signer, @Size(max = 200) String signerTitle,
            @NotNull DecidingAuthority authority) {

        RevocationService.Act toAct() {
            return new RevocationService.Act(number, date, signer, signerTitle, authority);
        }
    }

    /** POST /revocations/preview: what revoking this award would do. */
    public record Preview(@NotBlank String awardId, @NotNull RevocationTrigger trigger,
            @NotBlank @Size(max = 2_000) String reason, @NotNull @Valid Act decision,
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> itemsToRecover) {

        RevocationService.Request toRequest() {
            return new RevocationService.Request(awardId, trigger, reason, decision.toAct(), itemsToRecover);
        }
    }

    /**
     * POST /revocations: the same, confirmed with the cascade the preview listed, and the revoking decisions of the
     * other levels that decided awards of the cascade.
     */
    public record Revoke(@NotBlank String awardId, @NotNull RevocationTrigger trigger,
            @NotBlank @Size(max = 2_000) String reason, @NotNull @Valid Act decision,
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> itemsToRecover,
            @Size(max = 200) List<@NotBlank String> confirmedCascade,
            @Size(max = 10) List<@Valid Act> cascadeDecisions) {

        RevocationService.Request toRequest() {
            return new RevocationService.Request(awardId, trigger, reason, decision.toAct(), itemsToRecover);
        }
    }
}
