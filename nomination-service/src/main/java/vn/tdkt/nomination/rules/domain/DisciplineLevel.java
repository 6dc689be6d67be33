package vn.tdkt.nomination.rules.domain;

/**
 * A concluded disciplinary measure on the law's scale for cadres, civil servants and public employees,
 * lightest first. {@link #rank()} orders them (khiển trách = 1).
 */
public enum DisciplineLevel {
    KHIEN_TRACH("Khiển trách", "Reprimand", 1),
    CANH_CAO("Cảnh cáo", "Warning", 2),
    HA_BAC_LUONG("Hạ bậc lương", "Salary grade reduction", 3),
    GIANG_CHUC("Giáng chức", "Demotion", 4),
    CACH_CHUC("Cách chức", "Removal from office", 5),
    BUOC_THOI_VIEC("Buộc thôi việc", "Dismissal", 6);

    private final String label;
    private final String labelEn;
    private final int rank;

    DisciplineLevel(String label, String labelEn, int rank) {
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
