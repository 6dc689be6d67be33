package vn.tdkt.nomination.rules.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import vn.tdkt.nomination.vocabulary.domain.Labelled;

/**
 * A concluded disciplinary measure on the law's scale for cadres, civil servants and public employees,
 * lightest first. {@link #rank()} orders them (khiển trách = 1).
 */
@RequiredArgsConstructor
@Getter
public enum DisciplineLevel implements Labelled {
    KHIEN_TRACH("Khiển trách", "Reprimand", 1),
    CANH_CAO("Cảnh cáo", "Warning", 2),
    HA_BAC_LUONG("Hạ bậc lương", "Salary grade reduction", 3),
    GIANG_CHUC("Giáng chức", "Demotion", 4),
    CACH_CHUC("Cách chức", "Removal from office", 5),
    BUOC_THOI_VIEC("Buộc thôi việc", "Dismissal", 6);

    private final String label;
    private final String labelEn;
    private final int rank;
}
