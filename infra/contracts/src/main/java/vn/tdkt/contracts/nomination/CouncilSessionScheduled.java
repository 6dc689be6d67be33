package vn.tdkt.contracts.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * A council (Hội đồng TĐKT) session was scheduled with its agenda; its members are invited (R-MEET-02).
 */
public record CouncilSessionScheduled(
        @NotBlank String sessionId,
        @NotBlank String councilId,
        @NotBlank String councilName,
        @NotNull Instant startsAt,
        String location,
        @NotNull @Valid List<Invitee> invitees,
        @NotNull @Valid List<AgendaItem> agenda) implements CouncilSessionEvent {

    public record Invitee(
            @NotBlank String memberId,
            @NotBlank String name,
            @NotBlank String role,
            String unitCode,
            String email) {
    }

    public record AgendaItem(
            @NotBlank String dossierId,
            @NotBlank String subjectName,
            @NotBlank String awardCode) {
    }
}
