package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.contracts.nomination.SubjectType;

/** What a unit proposes, the editable part of a draft. */
public record DossierContent(SubjectType subjectType, String subjectName, String awardCode, int year,
        String achievementSummary) {
}
