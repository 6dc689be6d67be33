package vn.tdkt.contracts.nomination;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The provincial council must meet at least every 6 months (R-MEET-02, QĐ 86/2025/QĐ-UBND Bắc Ninh Điều 8 k4 b) and
 * has not met, nor scheduled a meeting, for long enough that its next meeting is due by {@code dueBy}. Sent once per
 * council and period (a new session starts a new period).
 *
 * @param unitCode      the unit that convenes the council: its standing body (Sở Nội vụ for the province)
 * @param lastMeetingOn the day of the latest session, or {@code null} if the council never met (the period then runs
 *                      from its establishment)
 * @param members       the members in office, to be reminded (chair and standing members first)
 */
public record CouncilMeetingDue(
        @NotBlank String councilId,
        @NotBlank String councilName,
        @NotBlank String level,
        @NotBlank String unitCode,
        LocalDate lastMeetingOn,
        @NotNull LocalDate dueBy,
        @NotNull @Valid List<Member> members) implements CouncilEvent {

    public record Member(
            @NotBlank String memberId,
            @NotBlank String name,
            @NotBlank String role,
            String unitCode,
            String email) {
    }
}
