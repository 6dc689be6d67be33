package vn.tdkt.nomination.dossier.domain;

import java.time.Instant;
import vn.tdkt.contracts.nomination.SubjectType;

/** The full state of a {@link Dossier}, for storing and showing it. */
public record DossierSnapshot(
        String id,
        String unitCode,
        SubjectType subjectType,
        String subjectName,
        String subjectNameKey,
        String awardCode,
        String awardName,
        int year,
        String achievementSummary,
        DossierStatus status,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String submittedBy,
        Instant submittedAt,
        Appraisal appraisal) {
}
