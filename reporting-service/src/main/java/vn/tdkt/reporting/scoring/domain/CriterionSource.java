package vn.tdkt.reporting.scoring.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a criterion's score comes from. */
@RequiredArgsConstructor
@Getter
public enum CriterionSource {
    AUTOMATIC("Tự động từ minh chứng"),
    MANUAL("Trưởng cụm, khối chấm"),
    CROSS("Các thành viên chấm chéo");

    private final String label;
}
