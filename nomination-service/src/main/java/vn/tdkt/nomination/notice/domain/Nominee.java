package vn.tdkt.nomination.notice.domain;

import vn.tdkt.contracts.nomination.SubjectType;

/**
 * What the public page says about the nominee: the name, the kind of subject, the position (a person's), the unit by
 * name, the award and the achievement summary of the dossier.
 */
public record Nominee(String dossierId, String unitCode, String unitName, SubjectType subjectType,
        String subjectName, String position, String awardCode, String awardName, String achievementSummary) {
}
