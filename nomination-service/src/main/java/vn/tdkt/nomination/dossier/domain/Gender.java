package vn.tdkt.nomination.dossier.domain;

/** A person's gender, kept for R-GEN-08 (tie-break prefers women) and the statutory statistics. */
public enum Gender {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
