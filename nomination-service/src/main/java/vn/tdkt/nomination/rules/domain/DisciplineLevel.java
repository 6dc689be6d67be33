package vn.tdkt.nomination.rules.domain;

import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * A concluded disciplinary measure on the law's scale for cadres, civil servants and public employees,
 * lightest first. {@link #rank()} orders them (khiển trách = 1).
 */
public enum DisciplineLevel implements Labelled {
    KHIEN_TRACH("Khiển trách", "Reprimand", 1),
    CANH_CAO("Cảnh cáo", "Warning", 2),
    HA_BAC_LUONG("Hạ bậc lương", "Salary grade reduction", 3),
    GIANG_CHUC("Giáng chức", "Demotion", 4),
    CACH_CHUC("Cách chức", "Removal from office", 5),
    BUOC_THOI_VIEC("Buộc thôi việc", "Dismissal", 6);

    private final Labels labels;
    private final int rank;

    DisciplineLevel(String label, String labelEn, int rank) {
        this.labels = new Labels(label, labelEn);
        this.rank = rank;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    public int rank() {
        return rank;
    }
}
