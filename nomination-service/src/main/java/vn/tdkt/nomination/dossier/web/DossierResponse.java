package vn.tdkt.nomination.dossier.web;

import java.time.Instant;
import java.util.List;
import vn.tdkt.contracts.nomination.AppraisalOutcome;
import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.dossier.application.DossierView;
import vn.tdkt.nomination.dossier.domain.Appraisal;
import vn.tdkt.nomination.dossier.domain.DossierSnapshot;
import vn.tdkt.nomination.dossier.domain.DossierStatus;

public record DossierResponse(
        String id,
        String unitCode,
        SubjectType subjectType,
        String subjectTypeLabel,
        String subjectName,
        String awardCode,
        String awardName,
        int year,
        String achievementSummary,
        DossierStatus status,
        String statusLabel,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String submittedBy,
        Instant submittedAt,
        AppraisalResponse appraisal,
        long version) {

    public record AppraisalResponse(AppraisalOutcome outcome, String outcomeLabel, List<String> reasons,
            String appraisedBy, Instant appraisedAt) {

        static AppraisalResponse of(Appraisal a) {
            return a == null ? null : new AppraisalResponse(a.outcome(), a.outcome().label(), a.reasons(),
                    a.appraisedBy(), a.appraisedAt());
        }
    }

    static DossierResponse of(DossierView view) {
        DossierSnapshot d = view.dossier();
        return new DossierResponse(d.id(), d.unitCode(), d.subjectType(), d.subjectType().label(), d.subjectName(),
                d.awardCode(), d.awardName(), d.year(), d.achievementSummary(), d.status(), d.status().label(),
                d.createdBy(), d.createdAt(), d.updatedAt(), d.submittedBy(), d.submittedAt(),
                AppraisalResponse.of(d.appraisal()), view.version() == null ? 0 : view.version());
    }
}
