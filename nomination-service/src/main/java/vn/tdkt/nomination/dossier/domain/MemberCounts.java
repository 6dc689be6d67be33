package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.platform.domain.DomainException;

/**
 * What a collective's proposal states about its members (R-TTTT-01, R-TTXS-01, R-GEN-08).
 *
 * @param lowestGrade the lowest annual rating among members (HTXSNV, HTTNV, HTNV, KHTNV), if stated
 */
public record MemberCounts(int members, int women, int ldtt, int cstdcs, String lowestGrade,
        int disciplinedWarningOrAbove) {

    public MemberCounts {
        if (members < 1 || women < 0 || ldtt < 0 || cstdcs < 0 || disciplinedWarningOrAbove < 0
                || women > members || ldtt > members || cstdcs > members || disciplinedWarningOrAbove > members) {
            throw DomainException.invalid("dossier.members-invalid", members);
        }
    }
}
