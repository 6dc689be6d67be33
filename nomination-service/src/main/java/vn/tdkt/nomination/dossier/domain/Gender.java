package vn.tdkt.nomination.dossier.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A person's gender, kept for R-GEN-08 (tie-break prefers women) and the statutory statistics. */
@RequiredArgsConstructor
@Getter
public enum Gender {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;
}
