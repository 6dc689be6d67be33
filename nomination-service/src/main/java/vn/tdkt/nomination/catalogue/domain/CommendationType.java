package vn.tdkt.nomination.catalogue.domain;

/**
 * The type of a commendation (loại hình khen thưởng, Luật Điều 8): of a prior award, and of a proposal.
 */
public enum CommendationType {
    PERIODIC("Khen thưởng công trạng (thường xuyên)", "Merit (periodic) commendation"),
    THEMATIC("Khen thưởng chuyên đề (phong trào thi đua)", "Thematic commendation"),
    AD_HOC("Khen thưởng đột xuất", "Ad-hoc commendation"),
    CONTRIBUTION("Khen thưởng quá trình cống hiến", "Lifetime-contribution commendation");

    private final String label;
    private final String labelEn;

    CommendationType(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** Vietnamese label. */
    public String label() {
        return label;
    }

    /** English label, for explanations asked for in English. */
    public String labelEn() {
        return labelEn;
    }
}
