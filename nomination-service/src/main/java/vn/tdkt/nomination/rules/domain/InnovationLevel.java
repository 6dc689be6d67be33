package vn.tdkt.nomination.rules.domain;

/**
 * The scope at which a sáng kiến or S&T work was recognised (Luật Điều 3 k4; DOMAIN §2.1). Higher rank =
 * wider scope.
 */
public enum InnovationLevel {
    CO_SO("Cấp cơ sở", "Grassroots level", 1),
    TINH("Cấp tỉnh", "Provincial level", 2),
    TOAN_QUOC("Toàn quốc", "National level", 3);

    private final String label;
    private final String labelEn;
    private final int rank;

    InnovationLevel(String label, String labelEn, int rank) {
        this.label = label;
        this.labelEn = labelEn;
        this.rank = rank;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /** English label, for explanations asked for in English. */
    public String labelEn() {
        return labelEn;
    }

    public int rank() {
        return rank;
    }
}
