package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.platform.domain.DomainException;

/**
 * What a collective's proposal states about its members (R-TTTT-01, R-TTXS-01, R-GEN-08) and, for a Cờ thi đua, about
 * its cluster's year-end review (R-COT-01).
 *
 * @param lowestGrade              the lowest annual rating among members (HTXSNV, HTTNV, HTNV, KHTNV), if stated
 * @param clusterCriteriaConfirmed whether the cụm/khối's year-end review confirmed the Cờ's qualitative criteria
 *                                 (targets exceeded, unity, thrift, anti-corruption), as its minutes state; {@code null}
 *                                 when not stated. The rank itself is never stated: it comes from {@code cluster-ranked}.
 */
public record MemberCounts(int members, int women, int ldtt, int cstdcs, String lowestGrade,
        int disciplinedWarningOrAbove, Boolean clusterCriteriaConfirmed) {

    public MemberCounts(int members, int women, int ldtt, int cstdcs, String lowestGrade,
            int disciplinedWarningOrAbove) {
        this(members, women, ldtt, cstdcs, lowestGrade, disciplinedWarningOrAbove, null);
    }

    public MemberCounts {
        if (members < 1 || women < 0 || ldtt < 0 || cstdcs < 0 || disciplinedWarningOrAbove < 0
                || women > members || ldtt > members || cstdcs > members || disciplinedWarningOrAbove > members) {
            throw DomainException.invalid("dossier.members-invalid", members);
        }
    }
}
