package vn.tdkt.nomination.dossier.domain;

/**
 * The type of an earlier award (Luật TĐKT Điều 8): only periodic merit (công trạng) awards count as prerequisites of a
 * higher merit award (R-GEN-04, NĐ 152/2025 Điều 4 k3).
 */
public enum AwardType {
    PERIODIC("Công trạng, thường xuyên"),
    THEMATIC("Chuyên đề"),
    AD_HOC("Đột xuất");

    private final String label;

    AwardType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
