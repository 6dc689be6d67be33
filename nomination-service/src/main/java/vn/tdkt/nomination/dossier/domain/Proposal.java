package vn.tdkt.nomination.dossier.domain;

import vn.tdkt.platform.domain.DomainException;

/**
 * What is proposed: an award of the catalogue for a year, optionally under an emulation movement (whose quotas
 * and nomination window then apply, R-DL-03).
 */
public record Proposal(String awardCode, String awardName, int year, String movementId) {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public Proposal {
        if (awardCode == null || awardCode.isBlank()) {
            throw DomainException.invalid("award.unknown", String.valueOf(awardCode));
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw DomainException.invalid("dossier.year-out-of-range", year, MIN_YEAR, MAX_YEAR);
        }
        movementId = movementId == null || movementId.isBlank() ? null : movementId;
    }
}
