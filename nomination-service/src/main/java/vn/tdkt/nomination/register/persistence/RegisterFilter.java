package vn.tdkt.nomination.register.persistence;

import vn.tdkt.contracts.nomination.SubjectType;
import vn.tdkt.nomination.register.domain.AwardStatus;

/**
 * A search of the register; every part optional.
 *
 * @param nameKey folded text the subject's folded name must contain
 */
public record RegisterFilter(String unitCode, String nameKey, String nationalId, SubjectType subjectType,
        String awardCode, Integer year, AwardStatus status) {
}
