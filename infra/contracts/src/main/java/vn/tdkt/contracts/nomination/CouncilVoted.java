package vn.tdkt.contracts.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * A council session closed its secret ballot; the tally per dossier, counted on total council members (R-VOTE-01/02). Who voted how is never published.
 */
public record CouncilVoted(
        @NotBlank String sessionId,
        @NotBlank String councilId,
        @NotNull Instant votedAt,
        @NotNull @Valid List<Tally> tallies) implements CouncilSessionEvent {

    public record Tally(
            @NotBlank String dossierId,
            @NotBlank String awardCode,
            int approvals,
            int rejections,
            int abstentions,
            int totalMembers,
            int thresholdPercent,
            boolean passed) {
    }
}
