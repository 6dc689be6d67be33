package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.nomination.catalogue.domain.CommendationType;

import vn.tdkt.platform.domain.DomainException;

/**
 * An earlier award the unit declares in the dossier (e.g. CSTĐCS in 2023, 2024, 2025 for a CSTĐ cấp tỉnh
 * proposal). Marked "declared": until the award register (part 2) exists, these are the prior awards the rules see.
 *
 * @param decisionRef the number of the award decision, if given
 */
public record DeclaredAward(String awardCode, int year, CommendationType type, String decisionRef) {

    public DeclaredAward {
        if (awardCode == null || awardCode.isBlank() || type == null) {
            throw DomainException.invalid("dossier.declared-award-invalid", String.valueOf(awardCode));
        }
    }
}
