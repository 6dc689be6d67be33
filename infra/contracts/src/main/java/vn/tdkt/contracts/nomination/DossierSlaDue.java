package vn.tdkt.contracts.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A dossier step is close to its working-day deadline.
 *
 * @param unitCode the proposing unit
 * @param batchId the proposal batch (đợt đề nghị, one tờ trình) the dossier belongs to, if any
 * @param clock which clock: APPRAISAL (R-SLA-03) or RETURN (R-SLA-01)
 * @param assignee the officer responsible, if assigned
 */
public record DossierSlaDue(
        @NotBlank String dossierId,
        @NotBlank String unitCode,
        @NotNull SubjectType subjectType,
        @NotBlank String subjectName,
        @NotBlank String awardCode,
        @NotBlank String awardName,
        int year,
        String batchId,
        @NotBlank String clock,
        String assignee,
        @NotNull LocalDate dueDate,
        int workingDaysLeft) implements DossierEvent {
}
