package vn.tdkt.reporting.scoring.domain;

/** Where a criterion's score comes from. */
public enum CriterionSource {
    AUTOMATIC("Tự động từ minh chứng"),
    MANUAL("Trưởng cụm, khối chấm"),
    CROSS("Các thành viên chấm chéo");

    private final String label;

    CriterionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
