package vn.tdkt.reporting.scoring.domain;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What an automatic criterion measures, as a share of the year's evidence (PRODUCT.md Part 4 item 5). */
@RequiredArgsConstructor
@Getter
public enum Metric {
    TASKS_ON_TIME("Nhiệm vụ được giao hoàn thành đúng hạn"),
    REPORTS_ON_TIME_COMPLETE("Báo cáo nộp đúng hạn, đủ số liệu"),
    MOVEMENT_RESULTS("Phong trào thi đua đã đăng ký và được duyệt");

    private final String label;
}
